package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brimine.Fixtures;
import org.brimine.Pdfs;
import org.brimine.index.RecordWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bri add}, {@code bri remove} and {@code bri list} filters on real files, in a corpus
 * and index that start, for each test, with the seed paper (and the four works it cites) and a
 * short paper on ports.
 */
class LibrarianCliTest {
  static final String SEED_ID = "nd-international-financial-cooperation-strategy-context-d6789895";
  /** The seed cites this work ([2] Wang Nan, 2017). */
  static final String CITED_ID = "2017-discussion-financial-cooperation-background-belt-e7f286a0";
  static final String CITED_TITLE = "Discussion on Financial Cooperation under the Background of "
      + "\"The Belt and Road\"";
  static final String PORTS_TEXT = "Ports on the Maritime Silk Road\n\nAbstract: Gwadar and "
      + "Piraeus ports show how the Belt and Road Initiative finances shipping.\n";
  static final String PORTS_ID = "2019-ports-maritime-silk-road-";

  @TempDir
  static Path base;
  static LibraryFixture baseLibrary;
  static List<String> baseIds;

  @TempDir
  Path work;
  LibraryFixture lib;
  Path inbox;

  @BeforeAll
  static void indexTheSeedAndAPaperOnPorts() throws IOException {
    baseLibrary = new LibraryFixture(base);
    Path in = Files.createDirectories(base.resolve("in"));
    Files.copy(Fixtures.SEED, in.resolve("seed.txt"));
    Files.copy(Fixtures.CORPUS.resolve("papers/international-financial-cooperation-strategy-belt-"
        + "and-road.meta.json"), in.resolve("seed.meta.json"));
    Files.writeString(in.resolve("ports.txt"), PORTS_TEXT);
    CliRun r = baseLibrary.run("add", in.resolve("seed.txt").toString(),
        in.resolve("ports.txt").toString());
    assertEquals(0, r.exitCode(), r.err());
    r = baseLibrary.run("add", "--title", "Ports on the Maritime Silk Road", "--year", "2019",
        in.resolve("ports.txt").toString());
    assertEquals(0, r.exitCode(), r.err());
    baseIds = baseLibrary.ids();
  }

  @BeforeEach
  void copyTheBase() throws IOException {
    lib = baseLibrary.copyTo(work);
    inbox = Files.createDirectories(work.resolve("inbox"));
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(inbox.resolve(name), text);
  }

  private String portsId() {
    return baseIds.stream().filter(id -> id.startsWith(PORTS_ID)).findFirst().orElseThrow();
  }

  @Test
  void baseHoldsTheSeedItsReferencesAndThePortsPaperUnderItsNewTitle() {
    assertEquals(6, baseIds.size(), baseIds.toString());
    assertTrue(baseIds.contains(SEED_ID));
    assertTrue(baseIds.contains(CITED_ID));
    assertFalse(baseIds.contains("doc-ports"), "the untitled record was replaced by the titled");
    assertTrue(Files.exists(lib.papers().resolve(
        "international-financial-cooperation-strategy-in-the-context-of.txt")));
  }

  @Test
  void addsANewFileWithItsIdUnderAReadableSlugAndCommandLineMetadataWins() throws IOException {
    Path text = file("draft-7.txt", "Rail corridors\n\nAbstract: The China-Laos railway opened"
        + " in 2021 and carries freight to Kunming.\n");
    Files.writeString(inbox.resolve("draft-7.meta.json"),
        "{\"title\": \"Sidecar title\", \"venue\": \"Rail Review\", \"year\": 2020}");
    CliRun r = lib.run("add", text.toString(), "--title", "Rail Corridors of Laos",
        "--author", "Li Wei", "--author", "Tan Ah Kow", "--year", "2022",
        "--doi", "10.1234/rail");
    assertEquals(0, r.exitCode(), r.err());
    String id = "2022-rail-corridors-laos-";
    assertTrue(r.out().startsWith("added " + text + " as " + id), r.out());
    assertTrue(r.out().contains("(papers/rail-corridors-of-laos.txt)"), r.out());
    assertTrue(r.out().contains("add: 1 file: 1 added, 0 replaced, 0 unchanged, 0 rejected; "
        + "index holds 7 records"), r.out());
    JsonNode meta = LibraryFixture.JSON.readTree(
        lib.papers().resolve("rail-corridors-of-laos.meta.json").toFile());
    assertEquals("Rail Corridors of Laos", meta.get("title").asText());
    assertEquals("[\"Li Wei\",\"Tan Ah Kow\"]", meta.get("authors").toString());
    assertEquals(2022, meta.get("year").asInt());
    assertEquals("Rail Review", meta.get("venue").asText());
    assertEquals("10.1234/rail", meta.get("doi").asText());
    List<String> ids = lib.ids();
    assertTrue(ids.containsAll(baseIds));
    assertEquals(1, ids.stream().filter(i -> i.startsWith(id)).count());
  }

  @Test
  void answersUnchangedForTheSameTextUnderAnotherFileName() throws IOException {
    Path copy = file("ports-copy.txt", PORTS_TEXT.replace("\n\n", "\n"));
    CliRun r = lib.run("add", copy.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("unchanged " + copy + ": the same content is indexed as " + portsId(),
        r.out().lines().findFirst().orElseThrow());
    assertTrue(r.out().contains("0 added, 0 replaced, 1 unchanged, 0 rejected"), r.out());
    assertEquals(baseIds, lib.ids());
    assertFalse(Files.exists(lib.papers().resolve("ports-copy.txt")));
  }

  @Test
  void replacesAPaperWhenNewContentComesFromTheSamePlaceUnderItsTitle() throws IOException {
    Path ports = base.resolve("in/ports.txt");
    try {
      Files.writeString(ports, PORTS_TEXT + "\n1. Hambantota\nHambantota port was leased.\n");
      CliRun r = lib.run("add", ports.toString(), "--title", "Ports on the Maritime Silk Road",
          "--year", "2019");
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().startsWith("replaced " + ports + " as " + portsId()), r.out());
    } finally {
      Files.writeString(ports, PORTS_TEXT);
    }
    assertEquals(baseIds, lib.ids());
    assertEquals(List.of(portsId()), searchIds("Hambantota"));
    assertTrue(Files.exists(lib.corpus.resolve(".trash/ports.txt")), "old version kept in trash");
    assertTrue(Files.readString(lib.papers().resolve("ports.txt")).contains("Hambantota"));
  }

  @Test
  void addsAnotherDocumentUnderAPapersTitleAsAPaperOfItsOwn() throws IOException {
    Path v2 = file("ports-v2.txt", PORTS_TEXT + "\n1. Hambantota\nHambantota port was leased.\n");
    CliRun r = lib.run("add", v2.toString(), "--title", "Ports on the Maritime Silk Road",
        "--year", "2019");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("added " + v2 + " as " + portsId() + "-"), r.out());
    assertTrue(r.out().contains(portsId() + " is the id of papers/ports.txt, of the same title "
        + "and year"), r.out());
    assertEquals(baseIds.size() + 1, lib.ids().size());
    assertEquals(1, searchIds("Hambantota").size());
    assertFalse(searchIds("Hambantota").contains(portsId()));
    assertTrue(lib.ids().contains(portsId()), "the other paper stays");
  }

  @Test
  void mergesTheFullTextOfAWorkKnownOnlyAsAReference() throws IOException {
    assertEquals("reference", lib.show(CITED_ID).get("kind").asText());
    Path full = file("wang-nan.txt", "Abstract: Financial cooperation along the Belt and Road "
        + "needs development banks and currency swaps.\n");
    CliRun r = lib.run("add", full.toString(), "--title", CITED_TITLE, "--author", "Wang Nan",
        "--year", "2017");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("merged " + full + " into " + CITED_ID), r.out());
    assertEquals(baseIds, lib.ids(), "one record, now a paper");
    JsonNode merged = lib.show(CITED_ID);
    assertEquals("paper", merged.get("kind").asText());
    assertEquals(SEED_ID, merged.get("citedBy").get(0).get("id").asText());
  }

  @Test
  void addsAPdfAsItsTextAndKeepsThePdf() throws IOException {
    Path pdf = inbox.resolve("scan-2.pdf");
    Files.write(pdf, Pdfs.withText("Digital Silk Road", List.of("Abstract: Undersea cables link",
        "Pakistan and Kenya to Chinese data centres.")));
    CliRun r = lib.run("add", pdf.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("added " + pdf + " as nd-digital-silk-road-"), r.out());
    assertTrue(Files.exists(lib.papers().resolve("digital-silk-road.pdf")));
    assertEquals(1, searchIds("undersea").size());
  }

  @Test
  void addsATypesetPdfWithItsFrontMatterAndKeywordsAndFindsEveryWord() throws IOException {
    var roman = org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_ROMAN;
    List<Pdfs.Placed> runs = new ArrayList<>();
    String[] lines = {"Rail Freight on the Eurasian Land Bridge", "Peter Novak",
        "Institute of Transport, Lodz University, Lodz, Poland",
        "Abstract\u2014Block trains run from Chongqing to Duisburg. Provinces pay subsidies",
        "per gondolier container.", "Index Terms\u2014rail freight, Eurasian corridor.",
        "1 Introduction", "Rail is faster than sea freight."};
    for (int i = 0; i < lines.length; i++) {
      runs.add(new Pdfs.Placed(0, 72, 720 - 14 * i, roman, 10, lines[i]));
    }
    Path pdf = inbox.resolve("rail.pdf");
    Files.write(pdf, Pdfs.laidOut(runs));
    CliRun r = lib.run("add", pdf.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> found = searchIds("gondolier");
    assertEquals(1, found.size(), "a word only the abstract holds");
    assertEquals(found, searchIds("Lodz"), "a word only the front matter holds");
    assertEquals(found, searchIds("keyword:\"Eurasian corridor\""));
    JsonNode paper = lib.show(found.get(0));
    assertEquals("[\"rail freight\",\"Eurasian corridor\"]", paper.get("keywords").toString());
    assertEquals("[\"Rail Freight on the Eurasian Land Bridge\",\"Peter Novak\","
        + "\"Institute of Transport, Lodz University, Lodz, Poland\"]",
        paper.get("frontMatter").toString());
    assertTrue(paper.get("abstract").asText().endsWith("per gondolier container."));
  }

  @Test
  void rejectsAFileWithItsReasonAndExitsOne() throws IOException {
    Path empty = file("empty.txt", "");
    CliRun r = lib.run("add", empty.toString());
    assertEquals(1, r.exitCode());
    assertEquals("rejected " + empty + ": file has no text (0 bytes)", r.err().strip());
    assertTrue(r.out().contains("1 rejected {empty=1}"), r.out());
    assertEquals(baseIds, lib.ids());
  }

  @Test
  void saysTheIndexIsBusyWhileAnotherWriterHoldsIt() throws IOException {
    Path text = file("x.txt", "Some text about ports.");
    try (RecordWriter other = RecordWriter.open(lib.index.resolve("lucene"))) {
      CliRun r = lib.run("add", text.toString());
      assertEquals(1, r.exitCode());
      assertTrue(r.err().contains("is busy: another bri command is writing it"), r.err());
    }
    assertFalse(Files.exists(lib.papers().resolve("x.txt")), "nothing copied while busy");
  }

  @Test
  void removeMovesThePaperToTrashAndTheReferencesOnlyItCitedGoWithIt() {
    CliRun r = lib.run("remove", SEED_ID);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("removed " + SEED_ID + "; papers/international-financial-"
        + "cooperation-strategy-in-the-context-of.txt moved to .trash/international-financial-"
        + "cooperation-strategy-in-the-context-of.txt"), r.out());
    assertEquals(List.of(portsId()), lib.ids());
    assertTrue(Files.exists(lib.corpus.resolve(".trash/international-financial-cooperation-"
        + "strategy-in-the-context-of.meta.json")));
    assertEquals(1, lib.run("ingest").exitCode() == 0 ? lib.ids().size() : -1,
        "ingest does not bring the removed paper back");
  }

  @Test
  void removingACitedPaperKeepsItAsAReferenceWithItsCitedByLinks() throws IOException {
    Path full = file("wang-nan.txt", "Abstract: Financial cooperation along the Belt and Road.\n");
    assertEquals(0, lib.run("add", full.toString(), "--title", CITED_TITLE, "--year", "2017")
        .exitCode());
    CliRun r = lib.run("remove", CITED_ID);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("it stays as a reference record, cited by 1 paper"), r.out());
    JsonNode back = lib.show(CITED_ID);
    assertEquals("reference", back.get("kind").asText());
    assertEquals("Modern Marketing (Late)", back.get("venue").asText(), back.toString());
    assertEquals(SEED_ID, back.get("citedBy").get(0).get("id").asText());
    assertEquals(baseIds, lib.ids());
  }

  @Test
  void removeRefusesAReferenceThatPapersCiteAndAnUnknownId() {
    CliRun cited = lib.run("remove", CITED_ID);
    assertEquals(1, cited.exitCode());
    assertTrue(cited.err().contains("kept " + CITED_ID + ": it is a reference record that 1 paper"
        + " cite"), cited.err());
    CliRun unknown = lib.run("remove", "nope");
    assertEquals(1, unknown.exitCode());
    assertEquals("bri remove: no record with id 'nope'", unknown.err().strip());
    assertEquals(baseIds, lib.ids());
  }

  @Test
  void listFiltersByKindYearAndMissingMetadata() {
    assertEquals(List.of(portsId(), SEED_ID), lib.ids("--kind", "paper"));
    assertEquals(List.of(portsId()), lib.ids("--year", "2019"));
    assertEquals(5, lib.ids("--year", "2010-2019").size());
    assertEquals(List.of(SEED_ID), lib.ids("--kind", "paper", "--missing", "year"));
    assertEquals(List.of(portsId(), SEED_ID), lib.ids("--kind", "paper", "--missing",
        "authors,doi"));
    CliRun bad = lib.run("list", "--missing", "colour");
    assertEquals(2, bad.exitCode(), "a usage error");
    assertTrue(bad.err().contains("got 'colour'"), bad.err());
  }

  private List<String> searchIds(String query) throws IOException {
    CliRun r = lib.run("search", "--json", query);
    assertEquals(0, r.exitCode(), r.err());
    List<String> ids = new ArrayList<>();
    LibraryFixture.JSON.readTree(r.out()).get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }
}
