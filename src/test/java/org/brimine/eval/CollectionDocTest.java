package org.brimine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading test-collection documents in the Cranfield shape and in the news-article shapes. */
class CollectionDocTest {
  @TempDir Path dir;

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve("docs.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void cranfieldShapeReadsIdTitleAuthorAndText() throws IOException {
    List<CollectionDoc> docs = CollectionDoc.read(write(
        "{\"id\":\"1\",\"title\":\"Wings\",\"author\":\"Ann\",\"text\":\"lift at low speed\"}"));
    assertEquals(List.of(new CollectionDoc("1", "Wings", "Ann", "lift at low speed")), docs);
  }

  @Test
  void contentIsTheTextWhenTextIsAbsent() throws IOException {
    List<CollectionDoc> docs = CollectionDoc.read(write("{\"id\":\"zh-dev-0002\","
        + "\"title\":\"中欧班列\",\"content\":\"中欧班列开行\",\"language\":\"zh\"}"));
    assertEquals(List.of(new CollectionDoc("zh-dev-0002", "中欧班列", "", "中欧班列开行", "zh")),
        docs);
  }

  @Test
  void paperTakesTheDocumentsLanguageElseTheDetectedOneNotAlwaysEnglish() {
    assertEquals("zh", new CollectionDoc("a", "中欧班列", "", "中欧班列开行").asPaper().parsed()
        .language());
    assertEquals("zh", new CollectionDoc("a", "", "", "中欧班列开行").asPaper().parsed().paper()
        .metadata().language());
    assertEquals("en", new CollectionDoc("b", "Wings", "", "lift at low speed").asPaper()
        .parsed().language());
    assertEquals("en", new CollectionDoc("c", "", "", "中欧班列", "en").asPaper().parsed()
        .language());
  }

  @Test
  void textWinsOverContentWhenBothArePresent() throws IOException {
    List<CollectionDoc> docs = CollectionDoc.read(
        write("{\"id\":\"d\",\"text\":\"the text\",\"content\":\"the content\"}"));
    assertEquals("the text", docs.get(0).text());
  }

  @Test
  void urlIsTheIdWhenIdIsAbsent() throws IOException {
    List<CollectionDoc> docs = CollectionDoc.read(write(
        "{\"url\":\"https://example.org/news/a?x=1\",\"source\":\"ex\",\"date\":\"2019-01-02\","
            + "\"title\":\"Port deal\",\"content\":\"A port was built.\"}"));
    assertEquals(List.of(new CollectionDoc("https://example.org/news/a?x=1", "Port deal", "",
        "A port was built.")), docs);
  }

  @Test
  void aLineWithNeitherIdNorUrlIsRejectedWithItsNumber() throws IOException {
    Path file = write("{\"id\":\"a\",\"text\":\"x\"}", "{\"title\":\"no id\",\"content\":\"y\"}");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CollectionDoc.read(file));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("no id"), e.getMessage());
  }
}
