package org.brimine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brimine.model.PaperMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RIS, BibTeX and JSON Lines records read field by field, for several record types each. */
class BibliographyReadersTest {
  @TempDir
  Path dir;

  private static void assertMeta(PaperMetadata m, String title, List<String> authors,
      Integer year, String venue, String doi, String url) {
    assertEquals(title, m.title());
    assertEquals(authors, m.authors());
    assertEquals(year, m.year());
    assertEquals(venue, m.venue());
    assertEquals(doi, m.doi());
    assertEquals(url, m.url());
  }

  @Test
  void readsRisJournalBookChapterConferenceAndReport() throws IOException {
    Path ris = Files.writeString(dir.resolve("lib.ris"), """
        TY  - JOUR
        AU  - Wang, Nan
        AU  - Li, Wei
        TI  - Financial Cooperation under the Belt and Road
        JO  - Modern Marketing
        PY  - 2017/11/01/
        DO  - 10.1234/mm.2017.11
        UR  - https://example.org/mm
        AB  - Development banks and currency swaps
          support the Belt and Road.
        ER  -\s
        TY  - BOOK
        A1  - Frankopan, Peter
        T1  - The New Silk Roads
        PB  - Bloomsbury
        Y1  - 2018
        ER  -\s

        TY  - CHAP
        AU  - Tan, Ah Kow
        TI  - Ports of the Maritime Silk Road
        T2  - Handbook of the Belt and Road
        PB  - Routledge
        PY  - 2020
        N2  - Gwadar and Piraeus.
        ER  -\s
        TY  - CONF
        TI  - Rail corridors
        BT  - Proceedings of the Eurasia Forum
        DA  - 2019-05-01
        ER  -\s
        TY  - RPRT
        TI  - Debt sustainability report
        PB  - World Bank
        ER  -\s
        """);
    BibRecords read = new RisReader().read(ris);
    assertEquals(List.of(), read.problems());
    assertEquals(5, read.records().size());
    BibRecord journal = read.records().get(0);
    assertMeta(journal.metadata(), "Financial Cooperation under the Belt and Road",
        List.of("Wang, Nan", "Li, Wei"), 2017, "Modern Marketing", "10.1234/mm.2017.11",
        "https://example.org/mm");
    assertEquals("Development banks and currency swaps support the Belt and Road.", journal.text());
    assertEquals("lib.ris record 1 (line 1) [JOUR]", journal.origin());
    assertMeta(read.records().get(1).metadata(), "The New Silk Roads", List.of("Frankopan, Peter"),
        2018, "Bloomsbury", null, null);
    assertEquals("", read.records().get(1).text());
    BibRecord chapter = read.records().get(2);
    assertMeta(chapter.metadata(), "Ports of the Maritime Silk Road", List.of("Tan, Ah Kow"), 2020,
        "Handbook of the Belt and Road", null, null);
    assertEquals("Gwadar and Piraeus.", chapter.text());
    assertEquals("lib.ris record 3 (line 19) [CHAP]", chapter.origin());
    assertMeta(read.records().get(3).metadata(), "Rail corridors", List.of(), 2019,
        "Proceedings of the Eurasia Forum", null, null);
    assertMeta(read.records().get(4).metadata(), "Debt sustainability report", List.of(), null,
        "World Bank", null, null);
  }

  @Test
  void reportsARisRecordWithoutItsEndTag() throws IOException {
    Path ris = Files.writeString(dir.resolve("cut.ris"), "TY  - JOUR\nTI  - One\nER  - \n"
        + "TY  - JOUR\nTI  - Two\n");
    BibRecords read = new RisReader().read(ris);
    assertEquals(1, read.records().size());
    assertEquals("cut.ris line 4: malformed-record: the record at line 4 has no 'ER  - ' end tag",
        read.problems().get(0).toString());
  }

  @Test
  void readsBibtexArticleBookInproceedingsThesisReportAndMisc() throws IOException {
    Path bib = Files.writeString(dir.resolve("lib.bib"), """
        @string{jcc = "Journal of Contemporary China"}
        @article{wang2017,
          author = {Wang, Nan and Li, Wei},
          title = {{Financial} Cooperation under the {Belt and Road}},
          journal = jcc,
          year = 2017,
          doi = {10.1080/10670564.2017.1},
          url = {https://example.org/jcc},
          abstract = {Development banks and currency swaps.}
        }
        @book{frankopan2018,
          author = {Peter Frankopan},
          title = {The New Silk Roads},
          publisher = {Bloomsbury},
          year = {2018}
        }
        @inproceedings{tan2020,
          author = {Tan, Ah Kow and M{\\"u}ller, J{\\"o}rg},
          title = {Ports of the Maritime Silk Road},
          booktitle = {Proceedings of the Eurasia Forum},
          year = {2020},
          abstract = {Gwadar -- and Piraeus.}
        }
        @phdthesis{zhao2019,
          author = {Zhao Lei},
          title = {Rail Corridors},
          school = {Tsinghua University},
          year = {2019}
        }
        @techreport{wb2019,
          title = {Belt and Road Economics},
          institution = {World Bank},
          date = {2019-06-18}
        }
        @misc{web2023,
          title = {Silk Road Fund annual report},
          howpublished = {\\url{https://www.silkroadfund.com.cn}},
          year = {2023}
        }
        """);
    BibRecords read = new BibTexReader().read(bib);
    assertEquals(List.of(), read.problems());
    assertEquals(6, read.records().size());
    BibRecord article = read.records().get(0);
    assertMeta(article.metadata(), "Financial Cooperation under the Belt and Road",
        List.of("Wang, Nan", "Li, Wei"), 2017, "Journal of Contemporary China",
        "10.1080/10670564.2017.1", "https://example.org/jcc");
    assertEquals("Development banks and currency swaps.", article.text());
    assertEquals("lib.bib entry wang2017 [@article] (line 2)", article.origin());
    assertMeta(read.records().get(1).metadata(), "The New Silk Roads", List.of("Peter Frankopan"),
        2018, "Bloomsbury", null, null);
    BibRecord paper = read.records().get(2);
    assertMeta(paper.metadata(), "Ports of the Maritime Silk Road",
        List.of("Tan, Ah Kow", "M\u00fcller, J\u00f6rg"), 2020, "Proceedings of the Eurasia Forum",
        null, null);
    assertEquals("Gwadar \u2013 and Piraeus.", paper.text());
    assertMeta(read.records().get(3).metadata(), "Rail Corridors", List.of("Zhao Lei"), 2019,
        "Tsinghua University", null, null);
    assertMeta(read.records().get(4).metadata(), "Belt and Road Economics", List.of(), 2019,
        "World Bank", null, null);
    assertEquals("Silk Road Fund annual report", read.records().get(5).metadata().title());
    assertEquals(2023, read.records().get(5).metadata().year());
  }

  @Test
  void reportsABrokenBibtexEntryAndKeepsTheOthers() throws IOException {
    Path bib = Files.writeString(dir.resolve("broken.bib"), """
        @article{good1, title = {One}, year = {2001}}
        @article{bad, title = {Two}, year = 2002 2003}
        @article{good2, title = {Three}, year = {2003}}
        """);
    BibRecords read = new BibTexReader().read(bib);
    assertTrue(read.records().stream().anyMatch(r -> "Three".equals(r.metadata().title())),
        read.records().toString());
    assertEquals(1, read.problems().size(), read.problems().toString());
    assertTrue(read.problems().get(0).detail().startsWith("BibTeX syntax error in entry '@article{bad'"),
        read.problems().toString());
  }

  @Test
  void readsAll128NewsArticlesWithCleanedText() throws IOException {
    Path news = Path.of("../shared/data/bri-news-dev/articles.jsonl");
    assumeTrue(Files.exists(news), "the news data set is beside the repository");
    JsonLinesReader.Result read = JsonLinesReader.scraped().read(news);
    assertEquals(List.of(), read.problems());
    assertEquals(128, read.records().size());
    for (BibRecord record : read.records()) {
      assertTrue(!record.text().isBlank(), record.origin());
      assertTrue(!record.text().contains("&nbsp;"), record.origin());
    }
    assertNull(read.records().get(0).metadata().doi());
    assertEquals("bangkokpost.com", read.records().get(0).metadata().venue());
  }
}
