package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brimine.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gets one line naming the file and the reason, the rest of the batch
 * goes on (a good file in the same command is answered), the exit code is 1, and every record
 * indexed before is still there.
 */
class BadInputTest {
  static final String GOOD_TEXT = "Abstract: The Silk Road Fund invests in ports along the "
      + "Maritime Silk Road.\n";

  @TempDir
  static Path base;
  static LibraryFixture baseLibrary;
  static List<String> baseIds;

  @TempDir
  Path work;
  LibraryFixture lib;
  Path inbox;
  Path good;

  @BeforeAll
  static void indexOneGoodPaper() throws IOException {
    baseLibrary = new LibraryFixture(base);
    Path in = Files.writeString(Files.createDirectories(base.resolve("in")).resolve("fund.txt"),
        GOOD_TEXT);
    CliRun r = baseLibrary.run("add", in.toString(), "--title", "The Silk Road Fund", "--year",
        "2018");
    assertEquals(0, r.exitCode(), r.err());
    baseIds = baseLibrary.ids();
    assertEquals(List.of("2018-silk-road-fund-d16c0124"), baseIds);
  }

  @BeforeEach
  void copyTheBase() throws IOException {
    lib = baseLibrary.copyTo(work);
    inbox = Files.createDirectories(work.resolve("inbox"));
    good = Files.writeString(inbox.resolve("fund-again.txt"), GOOD_TEXT);
  }

  /** Adds the bad file and a good one; checks the answer for each, the exit code, the index. */
  private void assertAddRejects(Path bad, String reason, String... options) {
    List<String> args = new ArrayList<>(List.of(options));
    args.add(bad.toString());
    args.add(good.toString());
    CliRun r = lib.run("add", args.toArray(String[]::new));
    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertEquals("rejected " + bad + ": " + reason, r.err().strip());
    assertTrue(r.out().startsWith("unchanged " + good + ": the same content is indexed as "
        + baseIds.get(0)), "the rest of the batch goes on: " + r.out());
    assertTrue(r.out().contains("2 files: 0 added, 0 replaced, 1 unchanged, 1 rejected"), r.out());
    assertEquals(baseIds, lib.ids());
  }

  private Path bytes(String name, byte[] content) throws IOException {
    return Files.write(inbox.resolve(name), content);
  }

  @Test
  void rejectsAnEmptyFile() throws IOException {
    assertAddRejects(bytes("empty.txt", new byte[0]), "file has no text (0 bytes)");
  }

  @Test
  void rejectsABinaryFile() throws IOException {
    assertAddRejects(bytes("photo.txt", new byte[] {'G', 'I', 'F', '8', 0, 1, 2}),
        "a NUL byte at offset 4; this looks like a binary file, not text");
  }

  @Test
  void rejectsTextThatNoCharsetExplains() throws IOException {
    assertAddRejects(bytes("mojibake.txt", new byte[] {'T', 'e', 'x', 't', ' ', (byte) 0x81, ' ',
        (byte) 0x8d, (byte) 0x90, ' ', (byte) 0x9d, '.'}), "not valid UTF-8 (malformed byte "
        + "0x81 at offset 5), and not GB18030 or Windows-1252 text either");
  }

  @Test
  void rejectsAFileOverTheSizeLimit() throws IOException {
    byte[] big = "x ".repeat(512 * 1024 + 1).getBytes();
    assertAddRejects(bytes("big.txt", big), "file is 1048578 bytes, over the limit of 1048576 "
        + "bytes", "--max-file-mb", "1");
  }

  @Test
  void rejectsAPdfWithoutExtractableText() throws IOException {
    assertAddRejects(bytes("scan.pdf", Pdfs.imageOnly()), "the PDF has no extractable text "
        + "(1 pages; scanned images need OCR first)");
  }

  @Test
  void rejectsATruncatedPdf() throws IOException {
    byte[] cut = Pdfs.truncated(Pdfs.withText(null, List.of("Some text.")));
    assertAddRejects(bytes("cut.pdf", cut), "the PDF is truncated (no '%%EOF' at the end of its "
        + cut.length + " bytes)");
  }

  @Test
  void rejectsACorruptPdf() throws IOException {
    byte[] pdf = Pdfs.withText(null, List.of("Some text."));
    byte[] corrupt = new byte[pdf.length];
    System.arraycopy("%PDF-1.7\n%%EOF\n".getBytes(), 0, corrupt, 0, 15);
    for (int i = 15; i < corrupt.length; i++) {
      corrupt[i] = (byte) ('a' + i % 26);
    }
    System.arraycopy("%%EOF".getBytes(), 0, corrupt, corrupt.length - 5, 5);
    Path bad = bytes("corrupt.pdf", corrupt);
    CliRun r = lib.run("add", bad.toString(), good.toString());
    assertEquals(1, r.exitCode());
    assertTrue(r.err().startsWith("rejected " + bad + ": PDFBox cannot read it: "), r.err());
    assertEquals(baseIds, lib.ids());
  }

  @Test
  void rejectsMalformedMetadataNamingTheSidecar() throws IOException {
    Path text = Files.writeString(inbox.resolve("paper.txt"), "Some text on ports.");
    Files.writeString(inbox.resolve("paper.meta.json"), "{\"title\": \"Ports\",");
    assertAddRejects(text, "paper.meta.json: not valid JSON (line 1, column 19): Unexpected "
        + "end-of-input within/between Object entries");
  }

  @Test
  void rejectsAnUnsupportedExtension() throws IOException {
    assertAddRejects(bytes("paper.docx", "PK".getBytes()),
        "unsupported file type '.docx' (supported: .txt, .pdf)");
  }

  @Test
  void rejectsAFileThatIsNotThere() {
    assertAddRejects(inbox.resolve("missing.txt"), "no such file");
  }

  /** Imports the bad lines with a good record; checks the answers, the exit code, the index. */
  private void assertImportRejects(String badLine, String reason) throws IOException {
    Path records = Files.writeString(inbox.resolve("records.jsonl"), badLine + "\n"
        + "{\"title\": \"The Silk Road Fund\", \"year\": 2018, \"abstract\": "
        + LibraryFixture.JSON.writeValueAsString(GOOD_TEXT) + "}\n");
    CliRun r = lib.run("import", records.toString());
    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertEquals("rejected records.jsonl line 1: " + reason, r.err().strip());
    assertTrue(r.out().startsWith("unchanged records.jsonl line 2: the same content is indexed "
        + "as " + baseIds.get(0)), r.out());
    assertEquals(baseIds, lib.ids());
  }

  @Test
  void rejectsARecordWithoutText() throws IOException {
    assertImportRejects("{\"title\": \"A title alone\", \"year\": 2020}",
        "the record has no text (no abstract or content)");
  }

  @Test
  void rejectsAJsonLinesLineThatIsNotJsonWithItsLineNumber() throws IOException {
    assertImportRejects("{\"title\": \"Broken", "line 1 is not JSON: Unexpected end-of-input: "
        + "was expecting closing quote for a string value");
  }

  @Test
  void rejectsAnImportFileOfAnUnknownFormat() throws IOException {
    Path csv = Files.writeString(inbox.resolve("records.csv"), "title,year\n");
    CliRun r = lib.run("import", csv.toString());
    assertEquals(1, r.exitCode());
    // no header of a known export: a CSV that is not a Scopus export goes by its extension
    assertEquals("rejected " + csv + ": unsupported file type '.csv' (supported: .jsonl, .ris, "
        + ".bib, and by their content Web of Science, Scopus CSV and CNKI EndNote and RefWorks "
        + "exports; or --format)", r.err().strip());
    assertEquals(baseIds, lib.ids());
  }

  @Test
  void importsTheGoodBibtexEntriesAndRejectsAnUnclosedOneWithItsLine() throws IOException {
    Path bib = Files.writeString(inbox.resolve("cut.bib"), """
        Notes between entries are comments in BibTeX.
        @article{rail, title = {Rail Corridors of Laos}, year = {2022},
          abstract = {Freight trains on the China-Laos Railway carry rubber to Kunming.}}
        @article{bad, title = {Unclosed}, year = {2021},
          abstract = {An entry whose braces never close.}
        @article{port, title = {The Port of Gwadar}, year = {2019},
          abstract = {Gwadar port is a hub of the China-Pakistan Economic Corridor.}}
        """);
    CliRun r = lib.run("import", bib.toString());
    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertEquals("rejected cut.bib line 4: unclosed entry '@article{bad': its braces are still "
        + "open at line 6, where the next entry starts", r.err().strip());
    assertTrue(r.out().contains("import: 2 records read; 3 files: 2 added, 0 replaced, "
        + "0 unchanged, 1 rejected"), r.out());
    assertEquals(3, lib.ids().size(), lib.ids().toString());
  }

  @Test
  void importsJsonLinesTextAsGivenUnlessToldItIsScraped() throws IOException {
    Path notes = Files.writeString(inbox.resolve("notes.jsonl"),
        "{\"title\": \"Rail notes\", \"year\": 2022, \"content\": \"Rail corridors\\n"
            + "Laos to Kunming\"}\n");
    CliRun asGiven = lib.run("import", notes.toString());
    assertEquals(0, asGiven.exitCode(), asGiven.out() + asGiven.err());
    assertTrue(asGiven.out().contains("import: 1 records read; 1 file: 1 added"), asGiven.out());

    CliRun scraped = baseLibrary.copyTo(Files.createDirectories(work.resolve("again")))
        .run("import", "--scraped",
        notes.toString());
    assertEquals(1, scraped.exitCode(), scraped.out() + scraped.err());
    assertEquals("rejected notes.jsonl line 1: the record has no text left: --scraped dropped "
        + "all 2 lines of its content as page furniture",
        scraped.err().strip());
    assertTrue(scraped.out().contains("import: 1 records read, 2 lines of page text dropped; "),
        scraped.out());
  }

  @Test
  void importsAScrapedParagraphThatEndsWithAnAgencyCredit() throws IOException {
    Path news = Files.writeString(inbox.resolve("news.jsonl"),
        "{\"title\": \"Italy leaves the Belt and Road\", \"date\": \"2023-12-06\", "
            + "\"content\": \"World\\nItaly told China it would leave the Belt and Road, "
            + "government sources said. REUTERS\"}\n");
    CliRun r = lib.run("import", "--scraped", news.toString());
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("news.jsonl line 1 (1 line of page text dropped)"), r.out());
    assertTrue(r.out().contains("import: 1 records read, 1 line of page text dropped; 1 file: "
        + "1 added"), r.out());
  }
}
