package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brimine.parse.WorkIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bri add} of Chinese papers: readable romanised ids and file names, one record for a
 * Chinese work cited first and added later, and its own id for another paper of its title. The
 * library starts, for each test, with an English paper that cites the Chinese work in GB/T 7714.
 */
class ChineseIdsCliTest {
  static final String ZH_TITLE = "“一带一路”倡议下亚投行的发展研究";
  /** Romanised words and the hash of the characters and year (see WorkIdsTest). */
  static final String ZH_ID = "2021-yi-dai-yi-lu-chang-yi-xia-ya-tou-xing-966c9a45";
  static final String ZH_FILE = "yi-dai-yi-lu-chang-yi-xia-ya-tou-xing-de-fa.txt";
  static final String EN_ID = WorkIds.forWork("Currency Swaps and the AIIB", 2022);

  @TempDir
  static Path base;
  static LibraryFixture baseLibrary;
  static List<String> baseIds;

  @TempDir
  Path work;
  LibraryFixture lib;
  Path inbox;

  @BeforeAll
  static void indexAnEnglishPaperCitingAChineseOne() throws IOException {
    baseLibrary = new LibraryFixture(base);
    Path en = Files.writeString(Files.createDirectories(base.resolve("in")).resolve("en.txt"),
        "Abstract: The AIIB lent to railways, and currency swap lines grew along the Belt and "
            + "Road.\n\nReferences\n[1] 李明. " + ZH_TITLE + "[J]. 国际金融研究, 2021, (3): 12-20.\n");
    CliRun r = baseLibrary.run("add", "--title", "Currency Swaps and the AIIB", "--year", "2022",
        en.toString());
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

  @Test
  void theChineseReferenceHasAReadableId() {
    assertEquals(List.of(ZH_ID, EN_ID).stream().sorted().toList(), baseIds);
    JsonNode cited = lib.show(ZH_ID);
    assertEquals("reference", cited.get("kind").asText());
  }

  @Test
  void mergesTheChinesePaperAddedWithoutAuthorsIntoItsReference() throws IOException {
    Path full = file("paper.txt", "摘要：亚投行为沿线国家的基础设施提供融资。\n");
    CliRun r = lib.run("add", full.toString(), "--title", ZH_TITLE, "--year", "2021");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("merged " + full + " into " + ZH_ID), r.out());
    assertEquals(baseIds, lib.ids(), "one record, now a paper");
    JsonNode merged = lib.show(ZH_ID);
    assertEquals("paper", merged.get("kind").asText());
    assertEquals(EN_ID, merged.get("citedBy").get(0).get("id").asText());
    assertTrue(Files.exists(lib.papers().resolve(ZH_FILE)), "the file name is romanised too");
  }

  @Test
  void anotherChinesePaperOfTheSameTitleAndYearGetsTheIdWithItsOwnHash() throws IOException {
    CliRun r = lib.run("add", file("a.txt", "摘要：亚投行的贷款。\n").toString(), "--title",
        ZH_TITLE, "--year", "2021");
    assertEquals(0, r.exitCode(), r.err());
    r = lib.run("add", file("b.txt", "摘要：亚投行的治理结构。\n").toString(), "--title", ZH_TITLE,
        "--year", "2021");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().matches("(?s)added \\S+ as " + ZH_ID + "-[0-9a-f]{8} \\(papers/"
        + ZH_FILE.replace(".txt", "-2.txt") + "\\).*"), r.out());
    assertEquals(baseIds.size() + 1, lib.ids().size());
    assertTrue(Files.exists(lib.papers().resolve(ZH_FILE.replace(".txt", "-2.txt"))));
  }

  @Test
  void aChineseFileWithoutATitleIsNamedAndIdentifiedByItsRomanisedName() throws IOException {
    Path file = file("一带一路合作.txt", "亚投行与丝路基金共同支持沿线国家的基础设施建设。\n");
    CliRun r = lib.run("add", file.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("added " + file + " as doc-yi-dai-yi-lu-he-zuo "), r.out());
    assertTrue(Files.exists(lib.papers().resolve("yi-dai-yi-lu-he-zuo.txt")));
  }
}
