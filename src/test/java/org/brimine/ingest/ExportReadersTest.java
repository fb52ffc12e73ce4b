package org.brimine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brimine.model.CitedReference;
import org.brimine.model.ExportFields;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each export format's fixture is read into records with their fields, references and problems. */
class ExportReadersTest {
  static Path fixture(String name) {
    try {
      return Path.of(ExportReadersTest.class.getResource("/exports/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void sniffsEachFormatFromItsFirstLine() throws IOException {
    assertEquals(ExportFormat.WOS, ExportFormat.sniff(fixture("wos-savedrecs.txt")));
    assertEquals(ExportFormat.WOS_TAB, ExportFormat.sniff(fixture("wos-tab.txt")));
    assertEquals(ExportFormat.SCOPUS, ExportFormat.sniff(fixture("scopus.csv")));
    assertEquals(ExportFormat.CNKI_ENDNOTE, ExportFormat.sniff(fixture("cnki-endnote.txt")));
    assertEquals(ExportFormat.CNKI_REFWORKS,
        ExportFormat.sniff(fixture("cnki-refworks-gb18030.txt")));
  }

  @Test
  void readsWosPlainTextFieldsAndRejectsTheRecordWithABadYearByItsLine() throws IOException {
    BibRecords read = new WosTextReader().read(fixture("wos-savedrecs.txt"));
    assertEquals(2, read.records().size(), read.toString());
    PaperMetadata m = read.records().get(0).metadata();
    assertEquals("Examining the debt implications of the Belt and Road Initiative from a policy "
        + "perspective", m.title());
    assertEquals(List.of("Hurley, John", "Morris, Scott", "Portelance, Gailyn"), m.authors());
    assertEquals(2019, m.year());
    assertEquals("JOURNAL OF POLICY MODELING", m.venue());
    assertEquals("10.1016/j.jpolmod.2019.01.003", m.doi());
    assertEquals("en", m.language());
    ExportFields e = m.exported();
    assertEquals(List.of("WOS:000462692800009"), e.databaseIds());
    assertEquals("41", e.volume());
    assertEquals("1", e.issue());
    assertEquals("139-175", e.pages());
    assertEquals(List.of("Belt and Road Initiative", "Debt sustainability", "Currency swap"),
        e.authorKeywords());
    assertEquals(List.of("INFRASTRUCTURE", "CHINA", "LENDING"), e.indexedKeywords());
    assertEquals(List.of("Ctr Global Dev, Washington, DC 20036 USA.",
        "Peking Univ, Sch Econ, Beijing 100871, Peoples R China."), e.affiliations());
    assertEquals(List.of("USA", "Peoples R China"), e.countries());
    assertEquals(60, e.timesCited());
    assertTrue(read.records().get(0).text().startsWith("The Belt and Road Initiative finances"));
    assertEquals("UT WOS:000462692800009", read.records().get(0).key());
    assertEquals(1, read.problems().size(), read.problems().toString());
    assertEquals("wos-savedrecs.txt line 59", read.problems().get(0).source());
    assertTrue(read.problems().get(0).detail().contains("'20x9' is not a year"),
        read.problems().get(0).detail());
  }

  @Test
  void readsEachWosCitedReferenceIntoAuthorYearSourceVolumePageAndDoi() throws IOException {
    List<CitedReference> refs = new WosTextReader().read(fixture("wos-savedrecs.txt")).records()
        .get(0).metadata().exported().references();
    assertEquals(3, refs.size());
    Reference wang = refs.get(2).reference();
    assertEquals(ReferenceStyle.WOS_CITED, wang.style());
    assertEquals(List.of("Wang M"), wang.authors());
    assertEquals(2018, wang.year());
    assertEquals("J INT ECON", wang.venue());
    assertEquals("112", wang.volume());
    assertEquals("45", wang.pages());
    assertEquals("10.1016/j.jinteco.2018.02.003", wang.doi());
    Reference kratz = refs.get(1).reference();
    assertEquals("NEW DATA DEBT TRAP Q", kratz.venue());
    assertNull(kratz.volume());
  }

  @Test
  void readsWosTabDelimitedWithBracketedAuthorListsInAddresses() throws IOException {
    BibRecords read = new WosTabReader().read(fixture("wos-tab.txt"));
    assertEquals(1, read.records().size(), read.toString());
    PaperMetadata m = read.records().get(0).metadata();
    assertEquals("Currency swaps and the internationalisation of the renminbi", m.title());
    assertEquals(2018, m.year());
    ExportFields e = m.exported();
    assertEquals(2, e.affiliations().size(), e.affiliations().toString());
    assertEquals(List.of("Peoples R China", "England"), e.countries());
    assertEquals(14, e.timesCited());
    assertEquals(2, e.references().size());
    assertEquals("139", e.references().get(1).reference().pages());
    assertEquals("45-60", e.pages());
  }

  @Test
  void readsScopusRowsAndTheirReferencesAndRejectsABadCitationCountByItsLine()
      throws IOException {
    BibRecords read = new ScopusCsvReader().read(fixture("scopus.csv"));
    assertEquals(2, read.records().size(), read.toString());
    PaperMetadata m = read.records().get(0).metadata();
    assertEquals(List.of("Hurley J.", "Morris S.", "Portelance G."), m.authors());
    assertEquals("Journal of Policy Modeling", m.venue());
    ExportFields e = m.exported();
    assertEquals(List.of("2-s2.0-85061000001"), e.databaseIds());
    assertEquals(List.of("Debt", "Developing countries"), e.indexedKeywords());
    assertEquals(List.of("United States", "China"), e.countries());
    assertEquals(61, e.timesCited());
    Reference wang = e.references().get(0).reference();
    assertEquals(ReferenceStyle.SCOPUS, wang.style());
    assertEquals(List.of("Wang M."), wang.authors());
    assertEquals("Currency swaps and the internationalisation of the renminbi", wang.title());
    assertEquals("Journal of International Economics", wang.venue());
    assertEquals("112", wang.volume());
    assertEquals("45-60", wang.pages());
    assertEquals(2018, wang.year());
    // the second row's abstract holds a line break: the third row starts on line 4
    assertTrue(read.records().get(1).text().contains("question of debt\nthat"));
    assertEquals("scopus.csv line 5", read.problems().get(0).source());
    assertTrue(read.problems().get(0).detail().contains("'many' is not a number"));
  }

  @Test
  void readsCnkiEndNoteAndRejectsTheRecordWithoutATitleByItsLine() throws IOException {
    BibRecords read = new CnkiEndNoteReader().read(fixture("cnki-endnote.txt"));
    assertEquals(2, read.records().size(), read.toString());
    PaperMetadata m = read.records().get(0).metadata();
    assertEquals("“一带一路”倡议下的货币互换与人民币国际化", m.title());
    assertEquals(List.of("王明", "李华"), m.authors());
    assertEquals(2020, m.year());
    assertEquals("国际金融研究", m.venue());
    assertEquals(List.of("一带一路", "货币互换", "人民币国际化"), m.exported().authorKeywords());
    assertEquals(List.of("中国人民大学财政金融学院", "北京大学经济学院"),
        m.exported().affiliations());
    assertEquals("12-20", m.exported().pages());
    assertEquals("03", m.exported().issue());
    assertEquals("cnki-endnote.txt line 27", read.problems().get(0).source());
    assertTrue(read.problems().get(0).detail().contains("no title"));
  }

  @Test
  void readsCnkiRefWorksInGb18030() throws IOException {
    BibRecords read = new CnkiRefWorksReader().read(fixture("cnki-refworks-gb18030.txt"));
    assertEquals(1, read.records().size(), read.toString());
    PaperMetadata m = read.records().get(0).metadata();
    assertEquals("“一带一路”倡议下的货币互换与人民币国际化", m.title());
    assertEquals(List.of("王明", "李华"), m.authors());
    assertEquals("zh", m.language());
    assertEquals("12-20", m.exported().pages());
    assertEquals(List.of("一带一路", "货币互换", "人民币国际化"), m.exported().authorKeywords());
  }
  @Test
  void aScopusRowWithAStrayQuoteIsRejectedByItsLineAndTheRowsAfterItAreRead(@TempDir Path dir)
      throws IOException {
    String header = "Authors,Title,Year,Abstract,EID\n";
    String good1 = "\"Li H.\",\"First title\",2019,\"An abstract\nover two lines\",2-s2.0-1\n";
    // a stray quote inside a quoted field; then a field opened by a quote never closed
    String bad1 = "\"Wu J.\",\"A \"bad\" title\",2019,\"Abstract\",2-s2.0-2\n";
    String good2 = "\"Ma K.\",\"Second title\",2020,\"Another abstract\",2-s2.0-3\n";
    String bad2 = "\"Xu L.\",\"Unclosed title,2020,\"Abstract\nstill the abstract\",2-s2.0-4\n";
    String good3 = "\"Yu M.\",\"Third title\",2021,\"Last abstract\",2-s2.0-5\n";
    Path csv = dir.resolve("scopus.csv");
    Files.writeString(csv, header + good1 + bad1 + good2 + bad2 + good3);
    BibRecords read = new ScopusCsvReader().read(csv);
    assertEquals(List.of("First title", "Second title", "Third title"),
        read.records().stream().map(r -> r.metadata().title()).toList(), read.toString());
    assertEquals(List.of("scopus.csv line 4", "scopus.csv line 6"),
        read.problems().stream().map(p -> p.source()).toList(), read.problems().toString());
    assertEquals("scopus.csv line 5", read.records().get(1).origin());
    assertEquals("scopus.csv line 8", read.records().get(2).origin());
  }
  @Test
  void sniffsAndReadsAUtf16LittleEndianWosTabExport(@TempDir Path dir) throws IOException {
    // WoS writes its tab-delimited export in UTF-16LE with a byte order mark (FF FE)
    String text = Files.readString(fixture("wos-tab.txt"));
    byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xff;
    bytes[1] = (byte) 0xfe;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Path file = Files.write(dir.resolve("savedrecs.txt"), bytes);
    assertEquals(ExportFormat.WOS_TAB, ExportFormat.sniff(file));
    BibRecords read = new WosTabReader().read(file);
    assertEquals("Currency swaps and the internationalisation of the renminbi",
        read.records().get(0).metadata().title(), read.toString());
  }
}
