package org.brimine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brimine.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad record in a file of records is rejected with its line number and the rest of the file is
 * read; text is kept as given unless the file is declared scraped; byte order marks are read.
 */
class BadRecordFilesTest {
  private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  @TempDir
  Path dir;

  private static List<String> titles(BibRecords read) {
    return read.records().stream().map(r -> r.metadata().title()).toList();
  }

  private static List<String> problems(BibRecords read) {
    return read.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void rejectsAnUnclosedBibtexEntryWithItsLineAndReadsTheOthers() throws IOException {
    Path bib = Files.writeString(dir.resolve("cut.bib"), """
        @article{good1, title = {One}, year = {2001}}

        @article{bad,
          title = {Two},
          year = {2002}
        @article{good2, title = {Three}, year = {2003}}
        """);
    BibRecords read = new BibTexReader().read(bib);
    assertEquals(List.of("One", "Three"), titles(read));
    assertEquals(List.of("cut.bib line 3: malformed-record: unclosed entry '@article{bad': its "
        + "braces are still open at line 6, where the next entry starts"), problems(read));
  }

  @Test
  void rejectsAnUnclosedLastBibtexEntryAndKeepsTheOnesBefore() throws IOException {
    Path bib = Files.writeString(dir.resolve("end.bib"), """
        @article{good1, title = {One}, year = {2001}}
        @book{good2, title = {Two}, year = {2002}}
        @article{bad, title = {Three}, year = {2003}
        """);
    BibRecords read = new BibTexReader().read(bib);
    assertEquals(List.of("One", "Two"), titles(read));
    assertEquals(List.of("end.bib line 3: malformed-record: unclosed entry '@article{bad': its "
        + "braces are still open at the end of the file"), problems(read));
  }

  @Test
  void readsEveryBibtexEntryWhenTextStandsBetweenThem() throws IOException {
    Path bib = Files.writeString(dir.resolve("notes.bib"), """
        Exported from my reference manager; write to wei@example.org with questions.
        @string{jcc = "Journal of Contemporary China"}
        @comment{ reading list { with braces } }
        @article{one, title = {One}, journal = jcc, year = {2001}}
        These two are about ports (see below), = and {braces} here are only comments.
        @book(two, title = "Two (revised)", year = 2002)
        % a percent line
        @misc{three, title = {Three}}
        """);
    BibRecords read = new BibTexReader().read(bib);
    assertEquals(List.of(), problems(read));
    assertEquals(List.of("One", "Two (revised)", "Three"), titles(read));
    assertEquals("Journal of Contemporary China", read.records().get(0).metadata().venue());
    assertEquals("notes.bib entry two [@book] (line 6)", read.records().get(1).origin());
  }

  @Test
  void reportsABibtexSyntaxErrorAtTheLineOfTheFileWhereItIs() throws IOException {
    Path bib = Files.writeString(dir.resolve("broken.bib"), """
        @article{good1, title = {One}, year = {2001}}
        @article{bad,
          title = {Two},
          year = 2002 2003}
        @article{good2, title = {Three}, year = {2003}}
        """);
    BibRecords read = new BibTexReader().read(bib);
    assertEquals(List.of("One", "Three"), titles(read));
    assertEquals(List.of("broken.bib line 4: malformed-record: BibTeX syntax error in entry "
        + "'@article{bad' (line 2): Encountered unexpected token: \"2003\" <NAME>"),
        problems(read));
  }

  @Test
  void rejectsARisRecordWithoutItsEndTagBeforeTheNextRecord() throws IOException {
    Path ris = Files.writeString(dir.resolve("cut.ris"), """
        TY  - JOUR
        TI  - One
        ER  -\s
        TY  - JOUR
        TI  - Two
        TY  - BOOK
        TI  - Three
        ER  -\s
        """);
    BibRecords read = new RisReader().read(ris);
    assertEquals(List.of("One", "Three"), titles(read));
    assertEquals(List.of("cut.ris line 4: malformed-record: the record at line 4 has no "
        + "'ER  - ' end tag before the next record at line 6"), problems(read));
    assertEquals("cut.ris record 3 (line 6) [BOOK]", read.records().get(1).origin());
  }

  @Test
  void keepsShortLinesOfJsonLinesContentWhenNotAskedToClean() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("notes.jsonl"),
        "{\"title\": \"Rail &amp; ports\", \"content\": \"Rail corridors\\nLaos  to Kunming\\n"
            + "\\nFreight grew\"}\n");
    BibRecord record = new JsonLinesReader().read(jsonl).records().get(0);
    assertEquals("Rail corridors\nLaos to Kunming\n\nFreight grew", record.text());
    assertEquals("Rail &amp; ports", record.metadata().title());
    assertEquals(0, record.droppedLines());
  }

  @Test
  void cleansAndCountsJsonLinesContentWhenAskedTo() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("news.jsonl"),
        "{\"title\": \"Rail &amp; ports\", \"content\": \"Business\\nShare\\nThe railway carried "
            + "rubber and fruit to Kunming.&nbsp;\\nItaly left the Belt and Road. REUTERS\"}\n");
    BibRecord record = JsonLinesReader.scraped().read(jsonl).records().get(0);
    assertEquals("The railway carried rubber and fruit to Kunming.\n\n"
        + "Italy left the Belt and Road.", record.text());
    assertEquals("Rail & ports", record.metadata().title());
    assertEquals(2, record.droppedLines());
  }

  @Test
  void rejectsAnUndecodableJsonLinesLineWithItsNumberAndReadsTheOthers() throws IOException {
    byte[] bad = "{\"title\": \"caf\u00e9\", \"abstract\": \"x\"}\n".getBytes(
        StandardCharsets.ISO_8859_1);
    Path jsonl = dir.resolve("mixed.jsonl");
    Files.write(jsonl, concat("{\"title\": \"One\", \"abstract\": \"a\"}\n".getBytes(
        StandardCharsets.UTF_8), bad, "{\"title\": \"Two\", \"abstract\": \"b\"}\n".getBytes(
        StandardCharsets.UTF_8)));
    JsonLinesReader.Result read = new JsonLinesReader().read(jsonl);
    assertEquals(List.of("One", "Two"),
        read.records().stream().map(r -> r.metadata().title()).toList());
    assertEquals(List.of("mixed.jsonl line 2: undecodable: line 2 is not valid UTF-8 (malformed "
        + "byte 0xe9 at offset 14 of the line)"),
        read.problems().stream().map(Problem::toString).toList());
  }

  private static final String JSONL = "{\"title\": \"Caf\u00e9 corridors\", \"abstract\": "
      + "\"Rail to Kunming.\"}\n";
  private static final String RIS = "TY  - JOUR\r\nTI  - Caf\u00e9 corridors\r\nAB  - Rail to "
      + "Kunming.\r\nER  - \r\n";
  private static final String BIB = "@article{cafe, title = {Caf\u00e9 corridors},\n"
      + "  abstract = {Rail to Kunming.}}\n";

  private List<BibRecord> readAll(String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    return switch (name.substring(name.lastIndexOf('.') + 1)) {
      case "jsonl" -> new JsonLinesReader().read(file).records();
      case "ris" -> new RisReader().read(file).records();
      default -> new BibTexReader().read(file).records();
    };
  }

  private void assertReadsTheOneRecord(String name, byte[] bytes) throws IOException {
    List<BibRecord> records = readAll(name, bytes);
    assertEquals(1, records.size(), name);
    assertEquals("Caf\u00e9 corridors", records.get(0).metadata().title(), name);
    assertEquals("Rail to Kunming.", records.get(0).text(), name);
  }

  @Test
  void readsJsonLinesRisAndBibtexWithAUtf8ByteOrderMark() throws IOException {
    assertReadsTheOneRecord("bom.jsonl", concat(UTF8_BOM, JSONL.getBytes(StandardCharsets.UTF_8)));
    assertReadsTheOneRecord("bom.ris", concat(UTF8_BOM, RIS.getBytes(StandardCharsets.UTF_8)));
    assertReadsTheOneRecord("bom.bib", concat(UTF8_BOM, BIB.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsJsonLinesRisAndBibtexInUtf16WithAByteOrderMark() throws IOException {
    for (String charset : List.of("UTF-16LE", "UTF-16BE")) {
      Charset cs = Charset.forName(charset);
      for (String[] file : List.of(new String[] {"u16.jsonl", JSONL},
          new String[] {"u16.ris", RIS}, new String[] {"u16.bib", BIB})) {
        assertReadsTheOneRecord(charset + file[0], ("\ufeff" + file[1]).getBytes(cs));
      }
    }
  }

  @Test
  void rejectsUtf16WithAByteOrderMarkWhenItsBytesAreCutShort() throws IOException {
    byte[] cut = ("\ufeff" + RIS).getBytes(StandardCharsets.UTF_16LE);
    Path ris = Files.write(dir.resolve("cut16.ris"), java.util.Arrays.copyOf(cut, cut.length - 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RisReader().read(ris));
    assertEquals("undecodable: the file starts with a UTF-16LE byte order mark but is not valid "
        + "UTF-16LE (malformed bytes at offset " + (cut.length - 2) + ")", e.getMessage());
  }

  @Test
  void rejectsAFileWithAUtf8ByteOrderMarkThatIsNotUtf8() throws IOException {
    Path ris = Files.write(dir.resolve("latin.ris"), concat(UTF8_BOM,
        "TY  - JOUR\nTI  - Caf\u00e9\nER  - \n".getBytes(StandardCharsets.ISO_8859_1)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RisReader().read(ris));
    assertEquals("undecodable: the file starts with a UTF-8 byte order mark but is not valid "
        + "UTF-8 (malformed byte 0xe9 at offset 23)", e.getMessage());
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
