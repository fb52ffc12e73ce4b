package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brimine.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's first done-when, end to end through {@code bri add} with the real CoreNLP pipelines
 * and Lucene: a Chinese finance paper in CNKI layout (src/test/resources/papers/
 * zh-cnki-finance.txt) beside the English seed paper is parsed, themed, given keyphrases and
 * entities under English canonical names, and found by Chinese words, fields and English names.
 */
class ChinesePaperEndToEndTest {
  static final Path ZH_FIXTURE = Path.of("src/test/resources/papers/zh-cnki-finance.txt");
  /** Added without metadata, the paper's title is read from its byline and its id from its file. */
  static final String ZH_ID = "doc-zh-cnki-finance";
  static final String ZH_TITLE = "“一带一路”资金融通与亚投行的角色";
  static final String SEED_ID = "nd-international-financial-cooperation-strategy-context-d6789895";

  @TempDir
  static Path base;
  static LibraryFixture baseLibrary;
  static JsonNode zh;

  @TempDir
  Path work;
  LibraryFixture lib;

  @BeforeAll
  static void addTheSeedAndTheChinesePaper() throws IOException {
    baseLibrary = new LibraryFixture(base);
    Path in = Files.createDirectories(base.resolve("in"));
    Files.copy(Fixtures.SEED, in.resolve("seed.txt"));
    Files.copy(Fixtures.CORPUS.resolve("papers/international-financial-cooperation-strategy-belt-"
        + "and-road.meta.json"), in.resolve("seed.meta.json"));
    Files.copy(ZH_FIXTURE, in.resolve("zh-cnki-finance.txt"));
    CliRun r = baseLibrary.run("add", in.resolve("seed.txt").toString(),
        in.resolve("zh-cnki-finance.txt").toString());
    assertEquals(0, r.exitCode(), r.err());
    zh = baseLibrary.show(ZH_ID);
  }

  @BeforeEach
  void copyTheBase() {
    lib = baseLibrary.copyTo(work);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(field == null ? n.asText() : n.get(field).asText()));
    return out;
  }

  private JsonNode search(String query) {
    CliRun r = lib.run("search", "--json", query);
    assertEquals(0, r.exitCode(), r.err());
    try {
      return LibraryFixture.JSON.readTree(r.out());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> hitIds(String query) {
    return texts(search(query).get("hits"), "id");
  }

  @Test
  void theCnkiLayoutIsParsedIntoTitlesAuthorsAbstractKeywordsSectionsAndReferences() {
    assertEquals("paper", zh.get("kind").asText());
    assertEquals("zh", zh.get("language").asText());
    assertEquals(ZH_TITLE, zh.get("title").asText());
    assertEquals("Financial Connectivity of the Belt and Road and the Role of the AIIB",
        zh.get("titleEn").asText());
    assertEquals(List.of("王明", "李华"), texts(zh.get("authors"), null));
    assertEquals("资金融通是“一带一路”合作的重要支撑。本文梳理亚洲基础设施投资银行成立以来的项目融资实践，"
        + "发现多边开发银行与沿线国家金融机构联合融资能够分散项目风险，并就完善本币结算和风险分担机制提出建议。",
        zh.get("abstract").asText(), "joined across line breaks without spaces");
    assertTrue(zh.get("abstractEn").asText().startsWith("Financial connectivity underpins"));
    assertEquals(List.of("资金融通", "亚投行", "联合融资", "本币结算", "financial connectivity", "AIIB",
        "co-financing", "local currency settlement"), texts(zh.get("keywords"), null));
    assertEquals(List.of("引言", "亚投行的融资实践", "联合融资", "本币融资", "结论与建议"),
        texts(zh.get("sections"), "heading"));
    assertEquals(List.of("一", "二", "（一）", "（二）", "三"), texts(zh.get("sections"), "number"));
    String conclusion = zh.get("sections").get(4).get("text").asText();
    assertTrue(conclusion.contains("完善本币结算安排"), "the page number 13 is dropped: " + conclusion);
    assertEquals(4, zh.get("references").size());
    assertEquals(List.of("张伟"), texts(zh.get("references").get(0).get("authors"), null));
  }

  @Test
  void theFinancePaperHasFinancialIntegrationOnTop() {
    List<String> themes = texts(zh.get("themes"), "theme");
    assertEquals("financial-integration", themes.get(0), themes.toString());
    double top = zh.get("themes").get(0).get("weight").asDouble();
    double second = zh.get("themes").get(1).get("weight").asDouble();
    assertTrue(top > second, top + " vs " + second);
    assertTrue(themes.contains("development-finance"), themes.toString());
  }

  @Test
  void keyphrasesAreChineseNounCompoundsWithoutSpaces() {
    List<String> phrases = texts(zh.get("keyphrases"), "phrase");
    assertFalse(phrases.isEmpty());
    for (String phrase : phrases.subList(0, 5)) {
      assertTrue(phrase.matches("\\p{IsHan}{2,}"), "a Chinese compound: '" + phrase + "'");
    }
    assertTrue(phrases.containsAll(List.of("亚洲基础设施投资银行", "多边开发银行", "联合融资", "资金融通")),
        phrases.toString());
  }

  @Test
  void entitiesCarryTheirEnglishCanonicalNames() {
    List<String> canonicals = texts(zh.get("entities"), "canonical");
    // 世界银行 and 亚洲开发银行 are only in the Chinese text
    assertTrue(canonicals.containsAll(List.of("Asian Infrastructure Investment Bank", "World Bank",
        "Asian Development Bank", "China", "Belt and Road Initiative")), canonicals.toString());
    assertTrue(List.of("亚投行", "世界银行", "亚洲开发银行").stream().noneMatch(canonicals::contains),
        canonicals.toString());
    JsonNode aiib = zh.get("entities").get(0);
    assertEquals("Asian Infrastructure Investment Bank", aiib.get("canonical").asText());
    assertEquals("FIN_INSTITUTION", aiib.get("type").asText());
    assertTrue(aiib.get("mentions").asInt() >= 5, "亚投行 counts as the AIIB: " + aiib);
  }

  @Test
  void theIdIsRomanisedFromTheTitleAndYearWhenTheyAreGiven() throws IOException {
    Path file = Files.copy(ZH_FIXTURE, Files.createDirectories(work.resolve("inbox"))
        .resolve("zh-cnki-finance.txt"));
    CliRun r = lib.run("add", file.toString(), "--title", ZH_TITLE, "--year", "2021");
    assertEquals(0, r.exitCode(), r.err());
    List<String> ids = hitIds("lang:zh");
    assertEquals(1, ids.size(), "the untitled record is replaced: " + ids);
    assertTrue(ids.get(0).matches("2021-yi-dai-yi-lu-zi-jin-rong-tong-yu-ya-[0-9a-f]{8}"),
        ids.get(0));
  }

  @Test
  void aChineseWordFindsThePaperWithTheWholeWordHighlighted() {
    JsonNode result = search("资金融通");
    assertEquals(List.of(ZH_ID), texts(result.get("hits"), "id"));
    List<String> highlights = texts(result.get("hits").get(0).get("highlights"), null);
    assertTrue(highlights.stream().anyMatch(h -> h.contains("<mark>资金融通</mark>")),
        highlights.toString());
    assertTrue(highlights.stream().noneMatch(h -> h.contains("<mark>资</mark>")
        || h.contains("<mark>融</mark>")), "no single characters marked: " + highlights);
  }

  @Test
  void fieldsAndEnglishEntityNamesFindTheChinesePaper() {
    assertTrue(hitIds("theme:financial-integration").contains(ZH_ID));
    assertTrue(hitIds("org:AIIB").contains(ZH_ID));
    assertTrue(hitIds("AIIB").contains(ZH_ID));
    // the seed names the AIIB in English: 亚投行 finds it as AIIB finds the Chinese paper
    assertEquals(List.of(ZH_ID, SEED_ID), hitIds("亚投行").stream().sorted().toList());
    assertEquals(List.of(ZH_ID, SEED_ID), hitIds("AIIB").stream().sorted().toList());
    assertTrue(hitIds("\"World Bank\"").contains(ZH_ID), "世界银行 under its English name");
    assertEquals(List.of(ZH_ID), hitIds("lang:zh"));
    assertFalse(hitIds("lang:en").contains(ZH_ID));
  }

  @Test
  void theSeedPaperIsUnchanged() {
    assertTrue(hitIds("lang:en").contains(SEED_ID));
    JsonNode seed = lib.show(SEED_ID);
    assertEquals("en", seed.get("language").asText());
    assertEquals("financial-integration", seed.get("themes").get(0).get("theme").asText());
    assertEquals("regional-cooperation-mechanisms",
        seed.get("themes").get(1).get("theme").asText());
    assertFalse(hitIds("lang:zh").contains(SEED_ID));
  }
}
