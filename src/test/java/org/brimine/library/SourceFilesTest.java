package org.brimine.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The corpus's source files: text and PDF inside the corpus, nothing else and nothing outside. */
class SourceFilesTest {
  @TempDir
  Path dir;
  private Path corpus;
  private SourceFiles sources;

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus/papers"));
    Files.writeString(corpus.resolve("a.txt"), "text");
    Files.write(corpus.resolve("b.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    Files.writeString(corpus.resolve("a.meta.json"), "{}");
    Files.writeString(dir.resolve("secret.txt"), "secret");
    sources = new SourceFiles(dir.resolve("corpus"));
  }

  @Test
  void findsTextAndPdfWithTheirMediaTypes() throws IOException {
    assertEquals("text/plain; charset=utf-8", sources.file("papers/a.txt").mediaType());
    assertEquals("application/pdf", sources.file("papers/b.pdf").mediaType());
    assertEquals(corpus.resolve("a.txt").toRealPath(), sources.file("papers/a.txt").path());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../secret.txt", "papers/../../secret.txt", "/etc/passwd",
      "\\secret.txt", "C:/secret.txt", "papers/./a.txt", "papers//a.txt", "papers\\..\\a.txt",
      ""})
  void refusesAbsolutePathsAndDotSegmentsQuotingThem(String path) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> sources.file(path));
    assertTrue(path.isEmpty() || e.getMessage().contains("'" + path + "'"), e.getMessage());
  }

  @Test
  void answersNoSuchFileForOtherTypesAndMissingFiles() {
    assertThrows(NoSuchFileException.class, () -> sources.file("papers/a.meta.json"));
    assertThrows(NoSuchFileException.class, () -> sources.file("papers/none.txt"));
    assertThrows(NoSuchFileException.class, () -> sources.file("papers"));
    assertTrue(sources.find("papers/none.txt").isEmpty());
    assertTrue(sources.find("../secret.txt").isEmpty());
  }

  @Test
  void refusesALinkThatLeadsOutOfTheCorpus() throws IOException {
    Path link = corpus.resolve("escape.txt");
    try {
      Files.createSymbolicLink(link, dir.resolve("secret.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here: " + e);
    }
    assertThrows(NoSuchFileException.class, () -> sources.file("papers/escape.txt"));
  }
}
