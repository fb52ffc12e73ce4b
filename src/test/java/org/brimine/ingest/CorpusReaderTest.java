package org.brimine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brimine.model.Paper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading corpus files: good ones become papers, bad ones a reason that names the file. */
class CorpusReaderTest {
  @TempDir
  Path corpus;
  private Path papers;
  private final CorpusReader reader = new CorpusReader(new IngestLimits(1000));

  @BeforeEach
  void layOut() throws IOException {
    papers = Files.createDirectories(corpus.resolve("papers"));
  }

  private ReadResult read(String name, byte[] bytes) throws IOException {
    Path file = papers.resolve(name);
    Files.write(file, bytes);
    return reader.read(corpus, file);
  }

  private static void assertRejected(ReadResult r, String source, String reason, String detail) {
    assertTrue(!r.ok(), "expected a rejection");
    assertEquals(source, r.problem().source());
    assertEquals(reason, r.problem().reason());
    assertTrue(r.problem().detail().contains(detail), r.problem().detail());
  }

  @Test
  void readsTextWithItsSidecar() throws IOException {
    Files.writeString(papers.resolve("a.meta.json"),
        "{\"title\": \"Ports\", \"authors\": \"Li Wei; Tan, A.\", \"year\": \"2019-05-01\"}");
    ReadResult r = read("a.txt", "Some text.".getBytes(StandardCharsets.UTF_8));
    Paper p = r.paper();
    assertEquals("a", p.slug());
    assertEquals("papers/a.txt", p.source());
    assertEquals("Ports", p.metadata().title());
    assertEquals(List.of("Li Wei", "Tan, A."), p.metadata().authors());
    assertEquals(2019, p.metadata().year());
  }

  @Test
  void hashChangesWithTextAndWithMetadata() throws IOException {
    String h1 = read("a.txt", "one".getBytes(StandardCharsets.UTF_8)).paper().contentHash();
    String h2 = read("a.txt", "two".getBytes(StandardCharsets.UTF_8)).paper().contentHash();
    Files.writeString(papers.resolve("a.meta.json"), "{\"title\": \"T\"}");
    String h3 = read("a.txt", "two".getBytes(StandardCharsets.UTF_8)).paper().contentHash();
    assertEquals(3, List.of(h1, h2, h3).stream().distinct().count());
  }

  @Test
  void listsDocumentsWithoutSidecars() throws IOException {
    Files.writeString(papers.resolve("b.txt"), "b");
    Files.writeString(papers.resolve("a.txt"), "a");
    Files.writeString(papers.resolve("a.meta.json"), "{}");
    Files.writeString(papers.resolve(".hidden.txt"), "h");
    assertEquals(List.of(papers.resolve("a.txt"), papers.resolve("b.txt")),
        reader.documents(corpus));
  }

  @Test
  void rejectsAnEmptyFile() throws IOException {
    assertRejected(read("empty.txt", new byte[0]), "papers/empty.txt", "empty", "no text");
    assertRejected(read("blank.txt", " \n\n ".getBytes(StandardCharsets.UTF_8)),
        "papers/blank.txt", "empty", "no text");
  }

  @Test
  void rejectsABinaryFile() throws IOException {
    assertRejected(read("bin.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1}), "papers/bin.txt",
        "binary", "NUL byte at offset 4");
  }

  @Test
  void rejectsTextThatIsNotUtf8() throws IOException {
    byte[] latin1 = "Caf\u00e9 au lait \u00e0 Paris".getBytes(Charset.forName("ISO-8859-1"));
    assertRejected(read("latin.txt", latin1), "papers/latin.txt", "undecodable", "not valid UTF-8");
  }

  @Test
  void rejectsAFileOverTheSizeLimit() throws IOException {
    assertRejected(read("big.txt", "x".repeat(1001).getBytes(StandardCharsets.UTF_8)),
        "papers/big.txt", "too-large", "1001 bytes, over the limit of 1000 bytes");
  }

  @Test
  void rejectsMalformedMetadataNamingTheSidecar() throws IOException {
    Files.writeString(papers.resolve("m.meta.json"), "{\"title\": \"T\",");
    assertRejected(read("m.txt", "text".getBytes(StandardCharsets.UTF_8)), "papers/m.txt",
        "malformed-metadata", "papers/m.meta.json: not valid JSON");
    Files.writeString(papers.resolve("m.meta.json"), "{\"year\": \"soon\"}");
    assertRejected(read("m.txt", "text".getBytes(StandardCharsets.UTF_8)), "papers/m.txt",
        "malformed-metadata", "'year' must be a year such as 2017, found \"soon\"");
  }

  @Test
  void rejectsAnUnsupportedExtension() throws IOException {
    assertRejected(read("a.docx", "x".getBytes(StandardCharsets.UTF_8)), "papers/a.docx",
        "unsupported-extension", "'.docx'");
  }
}
