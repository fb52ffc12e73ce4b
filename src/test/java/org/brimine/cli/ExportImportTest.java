package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Database exports imported end to end: the same article from Web of Science and Scopus, or
 * from CNKI's EndNote and RefWorks exports, is one paper; cited references link papers both
 * ways, across sources; a bad record is rejected by its line while the rest is imported; a
 * second import changes nothing; a reference later imported as a paper keeps its cited-by.
 */
class ExportImportTest {
  private static final String HURLEY = "2019-examining-debt-implications-belt-road-c395733d";
  private static final String WANG = "2018-currency-swaps-internationalisation-renminbi-d1108639";
  private static final String SILVA = "2021-port-investment-debt-question-along-bb03b253";

  @TempDir
  Path work;

  private Path fixture(String name) throws IOException {
    try {
      Path from = Path.of(getClass().getResource("/exports/" + name).toURI());
      return Files.copy(from, work.resolve(name));
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(n -> ids.add(n.has("id") ? n.get("id").asText() : n.asText()));
    return ids;
  }

  @Test
  void mergesTheWosAndScopusRecordsOfOneArticleAndLinksCitationsBothWays() throws IOException {
    LibraryFixture lib = new LibraryFixture(work.resolve("lib"));
    Path wos = fixture("wos-savedrecs.txt");
    Path scopus = fixture("scopus.csv");
    CliRun r = lib.run("import", wos.toString(), scopus.toString());
    assertEquals(Main.EXIT_FAILURE, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains("rejected wos-savedrecs.txt line 59: the record at line 59: "
        + "the year '20x9' is not a year"), r.err());
    assertTrue(r.err().contains("rejected scopus.csv line 5"), r.err());
    assertTrue(r.out().contains("merged scopus.csv line 2 into " + HURLEY), r.out());
    assertTrue(r.out().contains("3 added, 0 replaced, 1 merged"), r.out());
    assertEquals(List.of(WANG, HURLEY, SILVA), lib.ids("--kind", "paper"));

    JsonNode hurley = lib.show(HURLEY);
    // the WoS CR entry (by DOI) and the Scopus reference (by author, year, volume, page) of
    // Wang's paper both link to it, and are one reference of the merged paper
    List<String> cited = new ArrayList<>();
    hurley.get("references").forEach(c -> cited.add(c.get("id").asText()));
    assertEquals(1, cited.stream().filter(WANG::equals).count(), cited.toString());
    assertEquals(List.of(SILVA), ids(hurley.get("citedBy")));
    assertEquals(List.of(HURLEY), ids(lib.show(WANG).get("citedBy")));
    // the keywords of both databases, both countries as entities
    assertTrue(hurley.get("keywords").toString().contains("Developing countries"),
        hurley.get("keywords").toString());
    assertTrue(hurley.get("entities").toString().contains("\"canonical\":\"China\""));
    // Gallagher's book, cited by both WoS papers in the same words, is one reference record
    List<String> gallagher = lib.ids("--kind", "reference").stream()
        .filter(id -> id.startsWith("2016-gallagher-china-triangle")).toList();
    assertEquals(1, gallagher.size(), lib.ids().toString());
    assertEquals(2, lib.show(gallagher.get(0)).get("citedBy").size());

    CliRun shown = lib.run("show", HURLEY);
    assertTrue(shown.out().contains("database ids: WOS:000462692800009; 2-s2.0-85061000001\n"),
        shown.out());
    // WoS counts 60 (Z9), Scopus 61: the larger is kept
    assertTrue(shown.out().contains("times cited (database): 61\n"), shown.out());
    assertTrue(shown.out().contains("countries: USA; Peoples R China; United States; China\n"),
        shown.out());
    CliRun keyword = lib.run("search", "keyword:\"currency swap\"", "--json");
    assertTrue(keyword.out().contains(HURLEY) && keyword.out().contains(WANG), keyword.out());
    CliRun doi = lib.run("search", "doi:\"10.1016/J.JPOLMOD.2019.01.003\"", "--json");
    assertTrue(doi.out().contains(HURLEY), doi.out());
    CliRun eid = lib.run("search", "dbid:\"2-s2.0-85061000001\"", "--json");
    assertTrue(eid.out().contains(HURLEY), eid.out());

    Map<String, String> before = files(lib.corpus);
    CliRun again = lib.run("import", wos.toString(), scopus.toString());
    assertTrue(again.out().contains("0 added, 0 replaced, 4 unchanged"), again.out());
    assertFalse(again.out().contains("merged"), again.out());
    assertEquals(before, files(lib.corpus));
  }

  @Test
  void mergesTheCnkiEndNoteAndRefWorksRecordsOfOneArticle() throws IOException {
    LibraryFixture lib = new LibraryFixture(work.resolve("lib"));
    CliRun r = lib.run("import", fixture("cnki-endnote.txt").toString(),
        fixture("cnki-refworks-gb18030.txt").toString());
    assertTrue(r.err().contains("rejected cnki-endnote.txt line 27"), r.err());
    assertTrue(r.out().contains("merged cnki-refworks-gb18030.txt line 1 into 2020-"), r.out());
    List<String> papers = lib.ids("--kind", "paper");
    assertEquals(2, papers.size(), papers.toString());
    String swaps = papers.stream().filter(id -> id.startsWith("2020-")).findFirst().orElseThrow();
    JsonNode paper = lib.show(swaps);
    assertEquals("[\"王明\",\"李华\"]", paper.get("authors").toString());
    assertEquals(3, paper.get("keywords").size(), paper.get("keywords").toString());
    CliRun keyword = lib.run("search", "keyword:货币互换", "--json");
    assertTrue(keyword.out().contains(swaps), keyword.out());
  }

  @Test
  void aCitedReferenceImportedLaterAsAPaperMergesIntoItKeepingItsCitedBy() throws IOException {
    LibraryFixture lib = new LibraryFixture(work.resolve("lib"));
    // Wang's tab-delimited record cites Hurley's paper by author, year, volume and page only
    assertEquals(0, lib.run("import", fixture("wos-tab.txt").toString()).exitCode());
    List<String> refs = lib.ids("--kind", "reference").stream()
        .filter(id -> id.startsWith("2019-hurley-j-policy-model-")).toList();
    assertEquals(1, refs.size(), lib.ids().toString());
    String hurley = refs.get(0);

    CliRun r = lib.run("import", fixture("wos-savedrecs.txt").toString());
    assertTrue(r.out().contains("merged wos-savedrecs.txt record 1 (line 3) into " + hurley),
        r.out());
    assertEquals(List.of(WANG, hurley), lib.ids("--kind", "paper").stream().sorted().toList());
    JsonNode paper = lib.show(hurley);
    assertEquals("paper", paper.get("kind").asText());
    assertEquals(List.of(WANG), ids(paper.get("citedBy")));
  }

  @Test
  void aPaperFromASecondSourceInALaterImportIsMergedIntoTheIndexedOneKeepingBoth()
      throws IOException {
    LibraryFixture lib = new LibraryFixture(work.resolve("lib"));
    lib.run("import", fixture("wos-savedrecs.txt").toString());
    Path scopus = fixture("scopus.csv");
    CliRun r = lib.run("import", scopus.toString());
    assertTrue(r.out().contains("merged scopus.csv line 2 into " + HURLEY + " ("), r.out());
    assertTrue(r.out().contains("1 added, 0 replaced, 1 merged, 0 unchanged"), r.out());
    assertFalse(r.out().contains("replaced scopus.csv"), r.out());
    JsonNode hurley = lib.show(HURLEY);
    CliRun shown = lib.run("show", HURLEY);
    // both databases' ids, the keywords and affiliations of both
    assertTrue(shown.out().contains("database ids: WOS:000462692800009; 2-s2.0-85061000001\n"),
        shown.out());
    assertTrue(shown.out().contains("INFRASTRUCTURE; CHINA; LENDING; Debt; Developing countries"),
        shown.out());
    assertTrue(shown.out().contains("affiliation: Ctr Global Dev, Washington, DC 20036 USA.\n")
        && shown.out().contains("affiliation: Center for Global Development, Washington, DC, "
            + "United States\n"), shown.out());
    // cited-by links both ways, the earlier ones kept: WoS's Wang cited by Hurley, Hurley now
    // cited by Scopus's Silva
    assertEquals(List.of(SILVA), ids(hurley.get("citedBy")));
    assertEquals(List.of(HURLEY), ids(lib.show(WANG).get("citedBy")));
    assertTrue(lib.run("import", scopus.toString()).out()
        .contains("0 added, 0 replaced, 2 unchanged"));
  }

  @Test
  void aCnkiRefWorksRecordInALaterImportIsMergedIntoItsEndNotePaper() throws IOException {
    LibraryFixture lib = new LibraryFixture(work.resolve("lib"));
    lib.run("import", fixture("cnki-endnote.txt").toString());
    CliRun r = lib.run("import", fixture("cnki-refworks-gb18030.txt").toString());
    assertTrue(r.out().contains("merged cnki-refworks-gb18030.txt line 1 into 2020-"), r.out());
    assertTrue(r.out().contains("0 added, 0 replaced, 1 merged"), r.out());
    String swaps = lib.ids("--kind", "paper").stream().filter(id -> id.startsWith("2020-"))
        .findFirst().orElseThrow();
    // RefWorks brings the link that EndNote lacks
    assertEquals("https://kns.cnki.net/example", lib.show(swaps).get("url").asText());
  }

  @Test
  void aMergeKeepsTheAbstractOfTheSecondSourceWhenTheFirstHadNone() throws IOException {
    String head = "FN Clarivate Analytics Web of Science\nVR 1.0\n";
    Path bare = Files.writeString(work.resolve("bare.txt"), head + "PT J\nAU Hurley, J\n"
        + "TI Examining the debt implications of the Belt and Road Initiative from a policy "
        + "perspective\nSO JOURNAL OF POLICY MODELING\nPY 2019\nVL 41\nBP 139\n"
        + "DI 10.1016/j.jpolmod.2019.01.003\nUT WOS:000462692800009\nER\nEF\n");
    LibraryFixture lib = new LibraryFixture(work.resolve("lib"));
    assertEquals(0, lib.run("import", bare.toString()).exitCode());
    lib.run("import", fixture("scopus.csv").toString());
    JsonNode hurley = lib.show(HURLEY);
    assertTrue(hurley.toString().contains("borrow from Chinese policy banks"), hurley.toString());
  }

  /** A WoS record with an address in England and cited references full of names. */
  private static final String ENGLAND = "FN Clarivate Analytics Web of Science\nVR 1.0\n"
      + "PT J\nAU Smith, J\nAF Smith, Jane\nTI Rail freight between Europe and Asia\n"
      + "SO JOURNAL OF TRANSPORT GEOGRAPHY\nDE rail freight; logistics\n"
      + "AB Freight trains link Duisburg with Chongqing across Kazakhstan.\n"
      + "C1 [Smith, Jane] London Sch Econ, Dept Geog, London WC2A 2AE, England.\n"
      + "CR Brautigam D, 2009, DRAGONS GIFT REAL ST, P1\n"
      + "   Ferdinand P, 2016, INT AFF, V92, P941, DOI 10.1111/1468-2346.12660\n"
      + "   World Bank, 2019, BELT ROAD EC OPP RIS\n"
      + "NR 3\nPY 2020\nVL 85\nBP 1\nDI 10.1016/j.jtrangeo.2020.000001\n"
      + "UT WOS:000500000000001\nER\nEF\n";

  @Test
  void anExportRecordGetsNoEntityThatOnlyItsCitedReferencesName() throws IOException {
    Path file = Files.writeString(work.resolve("england.txt"), ENGLAND);
    LibraryFixture lib = new LibraryFixture(work.resolve("lib"));
    CliRun r = lib.run("import", file.toString());
    assertEquals(0, r.exitCode(), r.out() + r.err());
    String id = lib.ids("--kind", "paper").get(0);
    String cited = ENGLAND.substring(ENGLAND.indexOf("CR "), ENGLAND.indexOf("NR "));
    String rest = ENGLAND.replace(cited, "");
    List<String> entities = new ArrayList<>();
    lib.show(id).get("entities").forEach(e -> entities.add(e.get("canonical").asText()));
    for (String entity : entities) {
      assertFalse(cited.contains(entity) && !rest.contains(entity),
          entity + " is only in the cited references: " + entities);
    }
    // the abstract is annotated still
    assertTrue(entities.contains("Kazakhstan"), entities.toString());
  }

  @Test
  void aWosAddressInEnglandCountsAsTheUnitedKingdomOnTheCountriesMap() throws IOException {
    Path file = Files.writeString(work.resolve("england.txt"), ENGLAND);
    LibraryFixture lib = new LibraryFixture(work.resolve("lib"));
    assertEquals(0, lib.run("import", file.toString()).exitCode());
    String id = lib.ids("--kind", "paper").get(0);
    assertTrue(lib.show(id).get("entities").toString()
        .contains("{\"canonical\":\"United Kingdom\",\"type\":\"COUNTRY\""),
        lib.show(id).get("entities").toString());
    Path out = work.resolve("countries.json");
    CliRun map = CliRun.of("map", "countries", "--format", "json", "--out", out.toString(),
        "--index", lib.index.toString());
    assertEquals(0, map.exitCode(), map.err());
    JsonNode nodes = LibraryFixture.JSON.readTree(out.toFile()).get("nodes");
    List<String> labels = new ArrayList<>();
    nodes.forEach(n -> labels.add(n.get("label").asText() + "=" + n.get("weight").asInt()));
    assertTrue(labels.contains("United Kingdom=1"), labels.toString());
    assertFalse(labels.stream().anyMatch(l -> l.startsWith("England")), labels.toString());
  }

  private static String editorial(String author, int year, String doi, String ut) {
    return "PT J\nAU " + author + "\nTI Editorial\nSO JOURNAL OF POLICY MODELING\nPY " + year
        + "\nDI " + doi + "\nUT " + ut + "\nER\n\n";
  }

  @Test
  void twoUntitledEditorialsWithoutAbstractsAreTwoPapersInOneRunOrTwo() throws IOException {
    String head = "FN Clarivate Analytics Web of Science\nVR 1.0\n";
    String first = editorial("Smith, J", 2019, "10.1/ed-a", "WOS:000000000000001");
    String second = editorial("Jones, K", 2020, "10.1/ed-b", "WOS:000000000000002");
    Path both = Files.writeString(work.resolve("both.txt"), head + first + second + "EF\n");
    LibraryFixture lib = new LibraryFixture(work.resolve("lib"));
    CliRun r = lib.run("import", both.toString());
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertEquals(2, lib.ids("--kind", "paper").size(), r.out() + lib.ids());

    // one run each: the second must neither be lost nor replace the first
    Path a = Files.writeString(work.resolve("a.txt"), head + first + "EF\n");
    Path b = Files.writeString(work.resolve("b.txt"), head + second + "EF\n");
    LibraryFixture two = new LibraryFixture(work.resolve("two"));
    assertEquals(0, two.run("import", a.toString()).exitCode());
    CliRun rb = two.run("import", b.toString());
    List<String> papers = two.ids("--kind", "paper");
    assertEquals(2, papers.size(), rb.out() + papers);
    List<String> dois = new ArrayList<>();
    for (String id : papers) {
      dois.add(two.show(id).get("doi").asText());
    }
    assertEquals(List.of("10.1/ed-a", "10.1/ed-b"), dois.stream().sorted().toList());
    assertTrue(two.run("import", a.toString(), b.toString()).out()
        .contains("0 added, 0 replaced, 2 unchanged"));
  }

  @Test
  void aWosTabHeaderEndingInATabIsReadAndTheOtherFilesOfTheBatchToo() throws IOException {
    List<String> lines = Files.readAllLines(fixture("wos-tab.txt"));
    StringBuilder text = new StringBuilder(lines.get(0) + "\t\n");
    lines.subList(1, lines.size()).forEach(l -> text.append(l).append('\n'));
    Path tab = Files.writeString(work.resolve("trailing-tab.txt"), text.toString());
    LibraryFixture lib = new LibraryFixture(work.resolve("lib"));
    CliRun r = lib.run("import", tab.toString(), fixture("scopus.csv").toString());
    assertTrue(r.out().contains("added trailing-tab.txt line 2"), r.out() + r.err());
    assertTrue(r.out().contains("added scopus.csv line 2"), r.out() + r.err());
  }

  @Test
  void aReaderThatFailsRejectsItsFileByNameAndReason() {
    org.brimine.ingest.BibRecords read = org.brimine.library.RecordImport.readOrReject("odd.txt", () -> {
      throw new IllegalStateException("the parser gave up at 3:7");
    });
    assertEquals(List.of(), read.records());
    assertEquals("odd.txt", read.problems().get(0).source());
    assertEquals("malformed-record", read.problems().get(0).reason());
    assertTrue(read.problems().get(0).detail().contains("the parser gave up at 3:7"),
        read.problems().toString());
    org.brimine.ingest.BibRecords io = org.brimine.library.RecordImport.readOrReject("gone.txt", () -> {
      throw new java.io.IOException("Input/output error");
    });
    assertTrue(io.problems().get(0).detail().contains("Input/output error"),
        io.problems().toString());
  }

  /** Every file under a folder with its content, by relative path. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }
}
