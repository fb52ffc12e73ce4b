package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Different papers that share a title and year (or a file name) are different records, each
 * searchable; a new version of the same document (the same file again, or the same DOI) still
 * replaces it; and ingesting again with nothing changed changes nothing.
 */
class DistinctPapersTest {
  private static final Pattern OUTCOME = Pattern.compile(
      "(?m)^(added|replaced|merged) (.+?) as (\\S+)");

  @TempDir
  Path work;
  LibraryFixture lib;
  Path inbox;

  @BeforeEach
  void emptyLibrary() throws IOException {
    lib = new LibraryFixture(work);
    Files.createDirectories(lib.papers());
    inbox = Files.createDirectories(work.resolve("inbox"));
  }

  private Path file(String name, String text) throws IOException {
    Path path = inbox.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  /** The ids printed on "added"/"replaced"/"merged" lines, in order. */
  private static List<String> outcomeIds(String out, String outcome) {
    List<String> ids = new ArrayList<>();
    Matcher m = OUTCOME.matcher(out);
    while (m.find()) {
      if (m.group(1).equals(outcome)) {
        ids.add(m.group(3));
      }
    }
    return ids;
  }

  private List<String> searchIds(String query) throws IOException {
    CliRun r = lib.run("search", "--json", query);
    assertEquals(0, r.exitCode(), r.err());
    List<String> ids = new ArrayList<>();
    LibraryFixture.JSON.readTree(r.out()).get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void importsTwoRecordsOfOneTitleAndYearAsTwoSearchablePapers() throws IOException {
    Path records = file("records.jsonl",
        "{\"title\": \"Same Title\", \"year\": 2020, \"abstract\": \"Gwadar port handles "
            + "containers.\"}\n"
            + "{\"title\": \"Same Title\", \"year\": 2020, \"abstract\": \"The Laos railway "
            + "carries freight.\"}\n");
    CliRun r = lib.run("import", records.toString());
    assertEquals(0, r.exitCode(), r.err());
    List<String> added = outcomeIds(r.out(), "added");
    assertEquals(2, added.size(), r.out());
    assertNotEquals(added.get(0), added.get(1), r.out());
    assertTrue(r.out().contains("2 added, 0 replaced"), r.out());
    assertEquals(List.of(added.get(0)), searchIds("Gwadar"));
    assertEquals(List.of(added.get(1)), searchIds("railway"));
    assertEquals(added.stream().sorted().toList(), lib.ids());
  }

  @Test
  void addsTwoFilesGivenOneTitleAsTwoPapersAndSaysWhoHasTheTitle() throws IOException {
    Path a = file("a.txt", "Abstract: Gwadar port handles containers.\n");
    Path b = file("b.txt", "Abstract: The Laos railway carries freight.\n");
    CliRun r = lib.run("add", a.toString(), b.toString(), "--title", "X");
    assertEquals(0, r.exitCode(), r.err());
    List<String> added = outcomeIds(r.out(), "added");
    assertEquals(2, added.size(), r.out());
    assertTrue(added.get(1).startsWith(added.get(0) + "-"), added.toString());
    assertTrue(r.out().contains("; " + added.get(0) + " is the id of " + a
        + ", of the same title and year"), r.out());
    assertEquals(List.of(added.get(0)), searchIds("Gwadar"));
    assertEquals(List.of(added.get(1)), searchIds("railway"));
  }

  @Test
  void addsTwoNotesFromDifferentFoldersAsTwoPapers() throws IOException {
    Path first = file("a/notes.txt", "Abstract: Gwadar port handles containers.\n");
    Path second = file("b/notes.txt", "Abstract: The Laos railway carries freight.\n");
    assertEquals(0, lib.run("add", first.toString()).exitCode());
    CliRun r = lib.run("add", second.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("added " + second + " as "), r.out());
    assertEquals(2, lib.ids().size(), lib.ids().toString());
    assertEquals(1, searchIds("Gwadar").size());
    assertEquals(1, searchIds("railway").size());
  }

  @Test
  void ingestingAgainWithNothingChangedChangesNothing() throws IOException {
    Path a = file("a.txt", "Abstract: Gwadar port handles containers.\n");
    Path b = file("b.txt", "Abstract: The Laos railway carries freight.\n");
    assertEquals(0, lib.run("add", a.toString(), b.toString(), "--title", "X").exitCode());
    List<String> ids = lib.ids();
    for (int run = 1; run <= 2; run++) {
      CliRun r = lib.run("ingest");
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().contains("2 files: 0 added, 0 replaced, 2 unchanged"), r.out());
      assertEquals(ids, lib.ids());
    }
    PathUtils.deleteDirectory(lib.index.resolve("lucene"));
    CliRun scratch = lib.run("ingest");
    assertEquals(0, scratch.exitCode(), scratch.err());
    assertEquals(ids, lib.ids(), "an index built anew gives each file the id it had");
    assertEquals(1, searchIds("Gwadar").size());
    assertEquals(1, searchIds("railway").size());
  }

  @Test
  void replacesADocumentAddedAgainWithItsDoiOrFromTheSamePlace() throws IOException {
    Path a = file("a.txt", "Abstract: Gwadar port handles containers.\n");
    Path b = file("b.txt", "Abstract: The Laos railway carries freight.\n");
    List<String> ids = new ArrayList<>();
    ids.addAll(outcomeIds(lib.run("add", a.toString(), "--title", "X", "--year", "2020",
        "--doi", "10.1/port").out(), "added"));
    ids.addAll(outcomeIds(lib.run("add", b.toString(), "--title", "X", "--year", "2020",
        "--doi", "10.1/rail").out(), "added"));
    assertEquals(2, ids.stream().distinct().count(), ids.toString());

    Path c = file("elsewhere/c.txt", "Abstract: The Laos railway carries freight to Kunming.\n");
    CliRun byDoi = lib.run("add", c.toString(), "--title", "X", "--year", "2020", "--doi",
        "https://doi.org/10.1/RAIL");
    assertEquals(0, byDoi.exitCode(), byDoi.err());
    assertEquals(List.of(ids.get(1)), outcomeIds(byDoi.out(), "replaced"), byDoi.out());

    Files.writeString(a, "Abstract: Gwadar port handles more containers.\n");
    CliRun samePlace = lib.run("add", a.toString(), "--title", "X", "--year", "2020");
    assertEquals(0, samePlace.exitCode(), samePlace.err());
    assertEquals(List.of(ids.get(0)), outcomeIds(samePlace.out(), "replaced"), samePlace.out());

    assertEquals(ids.stream().sorted().toList(), lib.ids());
    assertEquals(List.of(ids.get(1)), searchIds("Kunming"));
    assertEquals(List.of(ids.get(0)), searchIds("\"more containers\""));
  }

  @Test
  void aLongTitleWordGivesABoundedFileName() throws IOException {
    Path text = file("long.txt", "Abstract: Gwadar port handles containers.\n");
    CliRun r = lib.run("add", text.toString(), "--title", "Ports " + "a".repeat(300));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("1 added"), r.out());
    assertNamesBounded();
    Path records = file("records.jsonl", "{\"title\": \"Rail " + "b".repeat(300)
        + "\", \"abstract\": \"The Laos railway carries freight.\"}\n");
    CliRun imported = lib.run("import", records.toString());
    assertEquals(0, imported.exitCode(), imported.err());
    assertTrue(imported.out().contains("1 added"), imported.out());
    assertNamesBounded();
    assertEquals(2, lib.ids().size());
  }

  @Test
  void aLongChineseTitleGivesABoundedFileName() throws IOException {
    Path text = file("zh.txt", "摘要：瓜达尔港的集装箱吞吐量持续增长。\n");
    CliRun r = lib.run("add", text.toString(), "--title",
        "一带一路倡议下中国与中亚国家金融合作的路径研究".repeat(20));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("1 added"), r.out());
    assertNamesBounded();
  }

  private void assertNamesBounded() throws IOException {
    try (Stream<Path> files = Files.list(lib.papers())) {
      for (Path f : files.toList()) {
        int bytes = f.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 255, f + " is " + bytes + " bytes");
      }
    }
  }
}
