package org.brimine.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.brimine.Fixtures;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.TextAnnotator;
import org.brimine.model.ThemeHit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Themes of Chinese text on the real pipeline (today CoreNLP's English one, which leaves runs of
 * Chinese characters whole): the Chinese vocabulary of themes.json, matched by characters.
 */
class ChineseThemesTest {
  private static final List<String> FIVE_LINES = List.of("policy-coordination",
      "facilities-connectivity", "unimpeded-trade", "financial-integration",
      "people-to-people-bonds");
  private static TextAnnotator annotator;
  private static ThemeTagger tagger;

  @BeforeAll
  static void loadThePipeline() {
    annotator = TextAnnotator.load(NerMode.PRODUCT);
    tagger = new ThemeTagger(Taxonomy.load());
  }

  private static Set<String> themesOf(String text) {
    return tagger.tag(annotator.annotate(text)).stream().map(ThemeHit::theme)
        .collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "两国签署了共建“一带一路”合作谅解备忘录。 | policy-coordination",
      "双方同意加强发展战略对接，深化政治互信。 | policy-coordination",
      "中老铁路全线通车，沿线车站同步开通运营。 | facilities-connectivity",
      "该港口二期码头工程已经竣工。 | facilities-connectivity",
      "两国海关将简化通关手续，逐步降低关税。 | unimpeded-trade",
      "去年双边贸易额增长了百分之十二。 | unimpeded-trade",
      "两国央行续签了本币互换协议。 | financial-integration",
      "亚投行为该项目提供了优惠贷款。 | financial-integration",
      "孔子学院为当地学生提供了中文课程和奖学金。 | people-to-people-bonds",
      "来华旅游的外国游客数量明显回升。 | people-to-people-bonds",
      "人民币国际化进程稳步推进。 | rmb-internationalisation",
      "一些西方媒体炒作所谓“债务陷阱”。 | financial-risk",
      "上海合作组织成员国领导人出席了会议。 | regional-cooperation-mechanisms",
      "国家开发银行提供开发性金融支持。 | development-finance",
      "该项目采用政府和社会资本合作模式。 | infrastructure-investment",
      "南海问题被一些国家用作遏制中国的工具。 | geopolitics"})
  void aChineseSentenceCarriesItsTheme(String sentence, String theme) {
    assertTrue(themesOf(sentence).contains(theme), themesOf(sentence).toString());
  }

  @Test
  void theFiveLinesNamedInChineseGiveAllFive() {
    assertTrue(themesOf("政策沟通、设施联通、贸易畅通、资金融通、民心相通是共建“一带一路”的主要内容。")
        .containsAll(FIVE_LINES));
  }

  @Test
  void anEverydayChineseSentenceHasNoTheme() {
    assertEquals(Set.of(), themesOf("他昨天下午在家里看书，晚上和朋友一起吃饭。"));
  }

  @Test
  void aBankNamedAfterTradeIsFinanceNotTrade() {
    Set<String> themes = themesOf("中国进出口银行为这座水电站提供了融资。");
    assertTrue(themes.contains("financial-integration"), themes.toString());
    assertTrue(themes.contains("facilities-connectivity"), themes.toString());
    assertFalse(themes.contains("unimpeded-trade"), themes.toString());
  }

  @Test
  void anOverlayThemeTakesNoWordsFromALine() {
    Set<String> themes = themesOf("这个基础设施项目进展顺利。");
    assertTrue(themes.contains("infrastructure-investment"), themes.toString());
    assertTrue(themes.contains("facilities-connectivity"), themes.toString());
  }

  @Test
  void theEvidenceIsTheChineseSentenceAndItsChineseTerms() {
    List<ThemeHit> hits = tagger.tag(annotator.annotate(
        "今天天气很好。中欧班列已通达欧洲二十五个国家。"));
    assertEquals(1, hits.size(), hits.toString());
    assertEquals("facilities-connectivity", hits.get(0).theme());
    assertEquals("中欧班列已通达欧洲二十五个国家。", hits.get(0).text());
    assertEquals(List.of("中欧班列"), hits.get(0).terms());
  }

  /** Tuned on this file only; the held-out file is reported in BENCHMARKS.md, never tuned on. */
  @Test
  void chineseDevMacroF1IsAtLeastPointSevenFive() throws IOException {
    ThemeEvaluation evaluation = new ThemeEvaluation(FIVE_LINES);
    ObjectMapper json = new ObjectMapper();
    for (String line : Fixtures.resource("gold/themes-zh-dev.jsonl").lines().toList()) {
      JsonNode item = json.readTree(line);
      if (item.has("_comment")) {
        continue;
      }
      Set<String> gold = new HashSet<>();
      item.get("labels").forEach(l -> gold.add(l.asText()));
      evaluation.add(gold, themesOf(item.get("text").asText()));
    }
    assertEquals(134, evaluation.items());
    assertTrue(evaluation.macroF1() >= 0.75, "macro-F1 " + evaluation.macroF1());
  }
}
