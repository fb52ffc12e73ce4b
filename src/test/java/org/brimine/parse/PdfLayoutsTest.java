package org.brimine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.brimine.Pdfs;
import org.brimine.Pdfs.Placed;
import org.brimine.index.RecordWriter;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.IngestLimits;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Paragraph;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Section;
import org.brimine.search.RankedRecord;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Papers typeset in the layouts of real journals, made as PDFs with PDFBox and read with the
 * product's PDF extraction, whose text has no blank lines: the abstract, keywords, front matter
 * and sections are each found, and no word of the paper is lost to search.
 */
class PdfLayoutsTest {
  private static final FontName BOLD = FontName.HELVETICA_BOLD;
  private static final FontName ROMAN = FontName.TIMES_ROMAN;

  @TempDir
  Path dir;

  /** Springer style: title, authors, affiliation, then "Abstract." and keywords split by "·". */
  private static List<Placed> springer() {
    List<Placed> runs = new ArrayList<>();
    runs.add(new Placed(0, 110, 720, BOLD, 16, "Undersea Cables and the Digital Silk Road"));
    runs.add(new Placed(0, 230, 696, ROMAN, 11, "Jane Smith and Li Wei"));
    runs.add(new Placed(0, 140, 682, ROMAN, 9,
        "Institute of Maritime Studies, Qingdao University, Qingdao, China"));
    column(runs, 0, 90, 650, ROMAN, 9, List.of(
        "Abstract. The Digital Silk Road lays undersea cables from Gwadar to Djibouti. Carriers",
        "finance the quillwort landing stations with loans from policy banks.",
        "Keywords: Digital Silk Road · Undersea cables · Landing stations"));
    column(runs, 0, 72, 600, ROMAN, 10, List.of(
        "1 Introduction",
        "Cables carry most of the data that crosses the Indian Ocean.",
        "2 Cable finance",
        "Policy banks lend to carriers that build the cables."));
    return runs;
  }

  /**
   * A two-column journal: numbered affiliations, an "ABSTRACT" heading alone on its line, the
   * abstract set in two columns, a "KEYWORDS:" line, upper-case numbered headings.
   */
  private static List<Placed> twoColumn() {
    List<Placed> runs = new ArrayList<>();
    runs.add(new Placed(0, 120, 720, BOLD, 16, "Ports, Debt and the Maritime Silk Road"));
    runs.add(new Placed(0, 240, 696, ROMAN, 11, "Ana Costa1, Chen Hao2"));
    runs.add(new Placed(0, 150, 682, ROMAN, 9,
        "1 School of Economics, Fudan University, Shanghai, China"));
    runs.add(new Placed(0, 150, 670, ROMAN, 9,
        "2 Institute of World Economics, Chinese Academy of Social Sciences, Beijing"));
    runs.add(new Placed(0, 72, 640, BOLD, 10, "ABSTRACT"));
    column(runs, 0, 72, 626, ROMAN, 9, List.of(
        "Hambantota was leased for ninety-nine",
        "years in 2017 after its debt grew."));
    column(runs, 0, 320, 626, ROMAN, 9, List.of(
        "Lenders renegotiated the marmoset",
        "loans of Gwadar and Kyaukphyu."));
    runs.add(new Placed(0, 72, 596, ROMAN, 9,
        "KEYWORDS: port finance; debt sustainability; Hambantota"));
    column(runs, 0, 72, 570, BOLD, 10, List.of("1. INTRODUCTION"));
    column(runs, 0, 72, 556, ROMAN, 10, List.of(
        "Port projects along the Maritime Silk Road are financed by policy banks.",
        "2. PORT FINANCE IN SOUTH ASIA",
        "Repayment depended on transshipment volumes that did not come."));
    return runs;
  }

  /** No abstract: a title, authors, an affiliation and a received date, then "1 Introduction". */
  private static List<Placed> frontMatterOnly() {
    List<Placed> runs = new ArrayList<>();
    runs.add(new Placed(0, 130, 720, BOLD, 16, "Dry Ports of Central Asia"));
    runs.add(new Placed(0, 230, 696, ROMAN, 11, "Aigerim Nurlanovna"));
    runs.add(new Placed(0, 170, 682, ROMAN, 9, "Khorgos Gateway Research Centre, Almaty"));
    runs.add(new Placed(0, 170, 670, ROMAN, 9, "Received 12 March 2019; accepted 3 June 2019"));
    column(runs, 0, 72, 640, ROMAN, 10, List.of(
        "1 Introduction",
        "Dry ports move containers between gauges at the border.",
        "2 Khorgos",
        "The dry port at Khorgos opened in 2015.",
        "3 Conclusion",
        "Dry ports shorten the land route."));
    return runs;
  }

  /** IEEE style: "Abstract—" with its text on the same line, "Index Terms—", roman headings. */
  private static List<Placed> ieee() {
    List<Placed> runs = new ArrayList<>();
    runs.add(new Placed(0, 100, 720, ROMAN, 20, "Rail Freight on the Eurasian Land Bridge"));
    runs.add(new Placed(0, 220, 696, ROMAN, 11, "Peter Novak, Member, IEEE"));
    column(runs, 0, 72, 660, BOLD, 9, List.of(
        "Abstract—Block trains run from Chongqing to Duisburg in sixteen days. Provinces pay",
        "subsidies per gondolier container to keep the trains running.",
        "Index Terms—Belt and Road, rail freight, Eurasian corridor."));
    column(runs, 0, 72, 610, ROMAN, 10, List.of(
        "I. INTRODUCTION",
        "Rail is faster than sea freight and cheaper than air freight.",
        "II. FREIGHT SUBSIDIES",
        "Subsidies fell after 2018."));
    return runs;
  }

  private static void column(List<Placed> runs, int page, float x, float y, FontName font,
      float size, List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      runs.add(new Placed(page, x, y - i * (size + 4), font, size, lines.get(i)));
    }
  }

  private ParsedPaper parse(String slug, List<Placed> layout) throws IOException {
    Path papers = Files.createDirectories(dir.resolve("corpus/papers"));
    Path file = papers.resolve(slug + ".pdf");
    Files.write(file, Pdfs.laidOut(layout));
    var read = new CorpusReader(IngestLimits.DEFAULT).read(dir.resolve("corpus"), file);
    assertNotNull(read.paper(), () -> String.valueOf(read.problem()));
    return new PaperParser().parse(read.paper());
  }

  private static List<String> headings(ParsedPaper p) {
    return p.sections().stream().map(Section::heading).toList();
  }

  private static List<String> front(ParsedPaper p) {
    return p.frontMatter().stream().map(Paragraph::text).toList();
  }

  @Test
  void springerAbstractAfterTheAffiliationOnItsLineWithKeywordsSplitByDots() throws IOException {
    ParsedPaper p = parse("springer", springer());
    assertEquals("The Digital Silk Road lays undersea cables from Gwadar to Djibouti. Carriers"
        + " finance the quillwort landing stations with loans from policy banks.",
        p.abstractText());
    assertEquals(List.of("Digital Silk Road", "Undersea cables", "Landing stations"),
        p.keywords());
    assertEquals(List.of("Introduction", "Cable finance"), headings(p));
    assertEquals(List.of("Undersea Cables and the Digital Silk Road", "Jane Smith and Li Wei",
        "Institute of Maritime Studies, Qingdao University, Qingdao, China"), front(p));
  }

  @Test
  void twoColumnAbstractUnderAHeadingAloneAfterNumberedAffiliations() throws IOException {
    ParsedPaper p = parse("two-column", twoColumn());
    assertEquals("Hambantota was leased for ninety-nine years in 2017 after its debt grew."
        + " Lenders renegotiated the marmoset loans of Gwadar and Kyaukphyu.", p.abstractText());
    assertEquals(List.of("port finance", "debt sustainability", "Hambantota"), p.keywords());
    assertEquals(List.of("INTRODUCTION", "PORT FINANCE IN SOUTH ASIA"), headings(p));
    assertEquals(List.of("1", "2"), p.sections().stream().map(Section::number).toList());
    assertEquals(List.of("Ports, Debt and the Maritime Silk Road", "Ana Costa1, Chen Hao2",
        "1 School of Economics, Fudan University, Shanghai, China",
        "2 Institute of World Economics, Chinese Academy of Social Sciences, Beijing"), front(p));
  }

  @Test
  void frontMatterBeforeTheFirstNumberedHeadingIsKept() throws IOException {
    ParsedPaper p = parse("dry-ports", frontMatterOnly());
    assertEquals(null, p.abstractText());
    assertEquals(List.of("Introduction", "Khorgos", "Conclusion"), headings(p));
    assertEquals(List.of("Dry Ports of Central Asia", "Aigerim Nurlanovna",
        "Khorgos Gateway Research Centre, Almaty",
        "Received 12 March 2019; accepted 3 June 2019"), front(p));
    assertEquals("Dry Ports of Central Asia", p.title());
  }

  @Test
  void ieeeAbstractOnTheLabelLineWithIndexTermsAndRomanHeadings() throws IOException {
    ParsedPaper p = parse("ieee", ieee());
    assertEquals("Block trains run from Chongqing to Duisburg in sixteen days. Provinces pay"
        + " subsidies per gondolier container to keep the trains running.", p.abstractText());
    assertEquals(List.of("Belt and Road", "rail freight", "Eurasian corridor"), p.keywords());
    assertEquals(List.of("INTRODUCTION", "FREIGHT SUBSIDIES"), headings(p));
    assertEquals(List.of("I", "II"), p.sections().stream().map(Section::number).toList());
  }

  @Test
  void everyWordOfAbstractFrontMatterAndKeywordsIsFoundBySearch() throws IOException {
    List<ParsedPaper> parsed = List.of(parse("springer", springer()),
        parse("two-column", twoColumn()), parse("dry-ports", frontMatterOnly()),
        parse("ieee", ieee()));
    Path index = dir.resolve("index");
    try (RecordWriter writer = RecordWriter.open(index)) {
      for (ParsedPaper p : parsed) {
        writer.write(new AnnotatedPaper(p, new AnnotatedText("", List.of(), List.of()),
            List.of()));
      }
      writer.commit();
    }
    try (RecordSearcher searcher = RecordSearcher.open(index, Ranking.DEFAULT)) {
      // words that only the abstract, the front matter or the keywords hold
      assertFinds(searcher, "quillwort", parsed.get(0));
      assertFinds(searcher, "Qingdao", parsed.get(0));
      assertFinds(searcher, "keyword:\"undersea cables\"", parsed.get(0));
      assertFinds(searcher, "marmoset", parsed.get(1));
      assertFinds(searcher, "Fudan", parsed.get(1));
      assertFinds(searcher, "sustainability", parsed.get(1));
      assertFinds(searcher, "keyword:hambantota", parsed.get(1));
      assertFinds(searcher, "Nurlanovna", parsed.get(2));
      assertFinds(searcher, "gondolier", parsed.get(3));
      assertFinds(searcher, "keyword:\"Eurasian corridor\"", parsed.get(3));
    }
  }

  private static void assertFinds(RecordSearcher searcher, String query, ParsedPaper paper)
      throws IOException {
    List<String> ids = searcher.rankings().lexical(query, 10).stream().map(RankedRecord::id)
        .toList();
    assertEquals(List.of(paper.id()), ids, query);
  }
}
