package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record is known by its own key, not by where it stands in a file, and no title is too long
 * for an id: a revised record brought again replaces its paper, and a title of one immense word
 * neither aborts the import nor loses the records next to it.
 */
class RecordKeysTest {
  @TempDir
  Path work;

  private static String json(String s) throws IOException {
    return LibraryFixture.JSON.writeValueAsString(s);
  }

  @Test
  void aJsonLinesTitleOfOneImmenseWordIsImportedUnderABoundedIdWithTheRecordsBesideIt()
      throws IOException {
    LibraryFixture lib = new LibraryFixture(work);
    String word = "a".repeat(1_500);
    Path records = Files.writeString(work.resolve("long.jsonl"),
        "{\"title\": " + json(word) + ", \"year\": 2020, \"abstract\": "
            + json("The Khorgos dry port moves containers between China and Kazakhstan.") + "}\n"
            + "{\"title\": \"Rail Corridors of Laos\", \"year\": 2022, \"abstract\": "
            + json("Freight trains on the China-Laos Railway carry rubber to Kunming.") + "}\n");
    CliRun r = lib.run("import", records.toString());
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("import: 2 records read; 2 files: 2 added, 0 replaced, "
        + "0 unchanged, 0 rejected"), r.out());
    List<String> ids = lib.ids();
    assertEquals(2, ids.size(), ids.toString());
    assertTrue(ids.stream().allMatch(id -> id.length() < 160), ids.toString());
  }

  @Test
  void addWithATitleOfFortyThousandLettersAddsThePaper() throws IOException {
    LibraryFixture lib = new LibraryFixture(work);
    Path in = Files.writeString(work.resolve("port.txt"),
        "Abstract: Gwadar port is a hub of the China-Pakistan Economic Corridor.\n");
    CliRun r = lib.run("add", in.toString(), "--title", "b".repeat(40_000), "--year", "2019");
    assertEquals(0, r.exitCode(), r.out() + r.err());
    assertTrue(r.out().contains("1 added"), r.out());
    assertEquals(1, lib.ids().size());
  }

  @Test
  void aRevisedJsonLinesRecordOnAnotherLineReplacesItsPaper() throws IOException {
    LibraryFixture lib = new LibraryFixture(work);
    Path feed = work.resolve("feed.jsonl");
    String first = "{\"title\": \"Rail Corridors of Laos\", \"year\": 2022, "
        + "\"url\": \"https://example.org/rail\", \"abstract\": "
        + json("Freight trains on the China-Laos Railway carry rubber to Kunming.") + "}\n";
    Files.writeString(feed, first);
    assertEquals(0, lib.run("import", feed.toString()).exitCode());
    Files.writeString(feed, "{\"title\": \"The Port of Gwadar\", \"year\": 2019, \"abstract\": "
        + json("Gwadar port is a hub of the China-Pakistan Economic Corridor.") + "}\n"
        + first.replace("carry rubber", "carry rubber and bananas"));
    CliRun again = lib.run("import", feed.toString());
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertTrue(again.out().contains("replaced feed.jsonl line 2"), again.out());
    assertEquals(1, lib.ids().stream().filter(id -> id.contains("rail-corridors-laos")).count(),
        lib.ids().toString());
  }

  @Test
  void aRevisedBibtexEntryOnAnotherLineReplacesItsPaper() throws IOException {
    LibraryFixture lib = new LibraryFixture(work);
    Path bib = work.resolve("refs.bib");
    String rail = "@article{rail, title = {Rail Corridors of Laos}, year = {2022},\n"
        + "  abstract = {Freight trains on the China-Laos Railway carry rubber to Kunming.}}\n";
    Files.writeString(bib, rail);
    assertEquals(0, lib.run("import", bib.toString()).exitCode());
    Files.writeString(bib, "@article{port, title = {The Port of Gwadar}, year = {2019},\n"
        + "  abstract = {Gwadar port is a hub of the China-Pakistan Economic Corridor.}}\n"
        + rail.replace("carry rubber", "carry rubber and bananas"));
    CliRun again = lib.run("import", bib.toString());
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertTrue(again.out().contains("replaced refs.bib entry rail"), again.out());
    assertEquals(1, lib.ids().stream().filter(id -> id.contains("rail-corridors-laos")).count(),
        lib.ids().toString());
  }

  @Test
  void aRecordImportedWhenOriginsHeldTheLineIsStillReplacedByItsRevision() throws IOException {
    LibraryFixture lib = new LibraryFixture(work);
    Path feed = work.resolve("feed.jsonl");
    String rail = "{\"title\": \"Rail Corridors of Laos\", \"year\": 2022, "
        + "\"url\": \"https://example.org/rail\", \"abstract\": "
        + json("Freight trains on the China-Laos Railway carry rubber to Kunming.") + "}\n";
    Files.writeString(feed, rail);
    assertEquals(0, lib.run("import", feed.toString()).exitCode());
    // the sidecar as an import before records were known by their key wrote it
    Path sidecar = lib.papers().resolve("rail-corridors-of-laos.meta.json");
    String line = feed.toAbsolutePath().normalize() + "#feed.jsonl line 1";
    var json = (com.fasterxml.jackson.databind.node.ObjectNode) LibraryFixture.JSON.readTree(
        Files.readString(sidecar));
    Files.writeString(sidecar, LibraryFixture.JSON.writeValueAsString(json.put("origin", line)));
    Files.writeString(feed, rail.replace("carry rubber", "carry rubber and bananas"));
    CliRun again = lib.run("import", feed.toString());
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertTrue(again.out().contains("replaced feed.jsonl line 1"), again.out());
    assertEquals(1, lib.ids().size(), lib.ids().toString());
  }

  @Test
  void aRevisedRisRecordWithItsIdOnAnotherLineReplacesItsPaper() throws IOException {
    LibraryFixture lib = new LibraryFixture(work);
    Path ris = work.resolve("refs.ris");
    String rail = "TY  - JOUR\nID  - rail-7\nTI  - Rail Corridors of Laos\nPY  - 2022\n"
        + "AB  - Freight trains on the China-Laos Railway carry rubber to Kunming.\nER  - \n";
    Files.writeString(ris, rail);
    assertEquals(0, lib.run("import", ris.toString()).exitCode());
    Files.writeString(ris, "TY  - JOUR\nTI  - The Port of Gwadar\nPY  - 2019\n"
        + "AB  - Gwadar port is a hub of the China-Pakistan Economic Corridor.\nER  - \n"
        + rail.replace("carry rubber", "carry rubber and bananas"));
    CliRun again = lib.run("import", ris.toString());
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertTrue(again.out().contains("replaced refs.ris record 2"), again.out());
    assertEquals(2, lib.ids().size(), lib.ids().toString());
  }
}
