package org.brimine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brimine.Pdfs;
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
  void sidecarMayGiveTitlesInTwoLanguages() throws IOException {
    Files.writeString(papers.resolve("cnki.meta.json"), "{\"titleZh\": \"港口融资模式研究\", "
        + "\"titleEn\": \"Financing models of ports\", \"language\": \"zh\"}",
        StandardCharsets.UTF_8);
    Paper p = read("cnki.txt", "本文研究港口。".getBytes(StandardCharsets.UTF_8)).paper();
    assertEquals("港口融资模式研究", p.metadata().titleZh());
    assertEquals("Financing models of ports", p.metadata().titleEn());
    assertEquals("zh", p.metadata().language());
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
  void decodesWindows1252Text() throws IOException {
    byte[] cp1252 = "Caf\u00e9 au lait \u00e0 Paris, China\u2019s \u201cBelt and Road\u201d."
        .getBytes(Charset.forName("windows-1252"));
    assertEquals("Caf\u00e9 au lait \u00e0 Paris, China\u2019s \u201cBelt and Road\u201d.",
        read("latin.txt", cp1252).paper().text());
  }

  @Test
  void decodesGb18030Text() throws IOException {
    String chinese = "\u201c\u4e00\u5e26\u4e00\u8def\u201d\u5021\u8bae\u4e0e\u91d1\u878d"
        + "\u5408\u4f5c (BRI)\u3002\n\u4e9a\u6295\u884c\u548c\u4e1d\u8def\u57fa\u91d1\u3002";
    assertEquals(chinese, read("zh.txt", chinese.getBytes(Charset.forName("GB18030")))
        .paper().text());
  }

  @Test
  void rejectsBytesThatNoCharsetExplains() throws IOException {
    byte[] junk = {'T', 'e', 'x', 't', ' ', (byte) 0x81, ' ', (byte) 0x8d, (byte) 0x90, ' ',
        (byte) 0xff, (byte) 0xfe, (byte) 0x9d, '.'};
    assertRejected(read("junk.txt", junk), "papers/junk.txt", "undecodable",
        "not valid UTF-8 (malformed byte 0x81 at offset 5), and not GB18030 or Windows-1252");
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
  void readsTheTextOfAPdfWithItsEmbeddedTitle() throws IOException {
    Paper p = read("p.pdf", Pdfs.withText("Ports of the Silk Road",
        List.of("1. Introduction", "Gwadar port opened in 2016."))).paper();
    assertEquals("p", p.slug());
    assertEquals("1. Introduction\nGwadar port opened in 2016.", p.text().strip());
    assertEquals("Ports of the Silk Road", p.metadata().title());
    Files.writeString(papers.resolve("p.meta.json"), "{\"title\": \"Sidecar wins\"}");
    assertEquals("Sidecar wins", reader.read(corpus, papers.resolve("p.pdf")).paper()
        .metadata().title());
  }

  @Test
  void rejectsAPdfWithoutText() throws IOException {
    Files.write(papers.resolve("scan.pdf"), Pdfs.imageOnly());
    ReadResult scan = new CorpusReader(IngestLimits.DEFAULT).read(corpus, papers.resolve("scan.pdf"));
    assertRejected(scan, "papers/scan.pdf", "no-text",
        "the PDF has no extractable text (1 pages");
  }

  @Test
  void rejectsATruncatedPdf() throws IOException {
    byte[] pdf = Pdfs.withText(null, List.of("Some text."));
    assertRejected(read("cut.pdf", Pdfs.truncated(pdf)), "papers/cut.pdf", "corrupt-pdf",
        "the PDF is truncated (no '%%EOF' at the end of its " + pdf.length / 2 + " bytes)");
    assertRejected(read("fake.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)),
        "papers/fake.pdf", "corrupt-pdf", "not a PDF (no '%PDF-' header)");
  }

  @Test
  void rejectsAPdfThatPdfBoxFailsOnUncheckedAndReadsTheNextFile() throws IOException {
    // PDFBox fails with the JDK's NegativeArraySizeException("-2"): no "code: detail" message
    ReadResult bad = read("fax.pdf", Pdfs.failingInsidePdfBox());
    assertRejected(bad, "papers/fax.pdf", "corrupt-pdf",
        "PDFBox cannot read it: java.lang.NegativeArraySizeException: -2");
    assertTrue(read("next.txt", "The next file of the batch.".getBytes(StandardCharsets.UTF_8))
        .ok());
  }

  @Test
  void sameTextUnderOtherLineBreaksHasTheSameTextHash() throws IOException {
    String a = read("a.txt", "One line\nbroken.\n".getBytes(StandardCharsets.UTF_8)).paper().textHash();
    String b = read("b.txt", "One line broken.".getBytes(StandardCharsets.UTF_8)).paper().textHash();
    assertEquals(a, b);
  }

  @Test
  void rejectsAnUnsupportedExtension() throws IOException {
    assertRejected(read("a.docx", "x".getBytes(StandardCharsets.UTF_8)), "papers/a.docx",
        "unsupported-extension", "'.docx'");
  }
}
