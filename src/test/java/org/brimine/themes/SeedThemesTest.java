package org.brimine.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.brimine.Fixtures;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.annotate.TextAnnotator;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.Keyphrase;
import org.brimine.model.ThemeHit;
import org.brimine.parse.PaperParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Themes and keyphrases of the seed paper, and the tagger's rules, on the real pipeline. */
class SeedThemesTest {
  private static final List<String> FIVE_LINES = List.of("policy-coordination",
      "facilities-connectivity", "unimpeded-trade", "financial-integration",
      "people-to-people-bonds");
  private static TextAnnotator annotator;
  private static ThemeStage stage;
  private static AnnotatedPaper seed;

  @BeforeAll
  static void tagTheSeed() {
    annotator = TextAnnotator.load(NerMode.PRODUCT);
    stage = new ThemeStage(Taxonomy.load());
    PaperAnnotator papers = new PaperAnnotator(() -> annotator, Gazetteer::load, null);
    seed = stage.apply(papers.annotate(new PaperParser().parse(Fixtures.seed())));
  }

  private static Set<String> themesOfSentenceWith(String words) {
    Set<String> themes = new HashSet<>();
    for (ThemeHit hit : seed.themes().hits()) {
      if (hit.text().replaceAll("\\s+", " ").contains(words)) {
        themes.add(hit.theme());
      }
    }
    return themes;
  }

  private static Set<String> themesOf(String sentence) {
    return stage.tagger().tag(annotator.annotate(sentence)).stream().map(ThemeHit::theme)
        .collect(Collectors.toSet());
  }

  @Test
  void financialIntegrationIsTheSeedsTopTheme() {
    assertEquals("financial-integration", seed.themes().scores().get(0).theme());
    assertEquals(1.0, seed.themes().scores().stream().mapToDouble(s -> s.weight()).sum(), 1e-9);
  }

  @Test
  void theSentenceOfTheFiveMainLinesCarriesAllFive() {
    assertTrue(themesOfSentenceWith("Policy communication, facility connectivity, trade "
        + "smoothness, capital finance, and people's heart are the five main lines")
        .containsAll(FIVE_LINES));
    assertTrue(themesOfSentenceWith("the five main lines of policy communication, trade "
        + "smoothness, road connectivity, popular communication, and currency circulation")
        .containsAll(FIVE_LINES));
  }

  @Test
  void customsClearanceAndQuarantineAreUnimpededTrade() {
    assertTrue(themesOfSentenceWith("the standards of customs clearance, quarantine")
        .contains("unimpeded-trade"));
  }

  @Test
  void theBondMarketParagraphIsFinancialIntegrationAndRmbInternationalisation() {
    Set<String> paragraph = new HashSet<>();
    paragraph.addAll(themesOfSentenceWith("a very important arrangement is to open up the "
        + "domestic bond market"));
    paragraph.addAll(themesOfSentenceWith("speed up the opening of the Chinese bond market"));
    assertTrue(paragraph.contains("financial-integration"), paragraph.toString());
    assertTrue(paragraph.contains("rmb-internationalisation"), paragraph.toString());
  }

  @Test
  void keepsTheEvidenceOfEachHit() {
    ThemeHit hit = seed.themes().hits().stream()
        .filter(h -> h.text().contains("customs clearance")).findFirst().orElseThrow();
    assertTrue(hit.terms().contains("customs clearance"), hit.terms().toString());
    assertEquals(seed.text().sentences().get(hit.sentence()).text(), hit.text());
  }

  @Test
  void topKeyphrasesAreRealNounPhrasesOfThePaper() {
    List<String> top = seed.themes().keyphrases().stream().limit(15).map(Keyphrase::phrase)
        .toList();
    assertTrue(top.containsAll(List.of("financial cooperation", "financial institutions",
        "infrastructure construction", "international financial cooperation")), top.toString());
    String text = seed.text().text().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    for (String phrase : top) {
      assertTrue(phrase.contains(" "), "a single word: " + phrase);
      assertTrue(text.contains(phrase.toLowerCase(Locale.ROOT)), "not in the text: " + phrase);
      assertFalse(phrase.matches("(?i)(the|a|an|and|of|such|other|many|road|belt)\\b.*"), phrase);
      assertFalse(phrase.matches("(?i).*\\b(the|and|of|road)"), phrase);
    }
    assertFalse(top.stream().anyMatch(p -> p.startsWith("Road")), "a fragment of Belt and Road");
  }

  @Test
  void aNegatedTermOrABarePassingWordMakesNoTheme() {
    assertEquals(Set.of(), themesOf("There was no currency swap between the two countries."));
    assertEquals(Set.of(), themesOf("He walked past the bank on his way home."));
    assertTrue(themesOf("The two central banks signed a currency swap.")
        .contains("financial-integration"));
    assertTrue(themesOf("It is not only a currency swap.").contains("financial-integration"),
        "'not only' is no negation");
  }

  @Test
  void namesOfInitiativesAreNoThemeWords() {
    assertFalse(themesOf("The Belt and Road Forum opened in Beijing.")
        .contains("facilities-connectivity"));
    // In lower case "road" is a common noun: only the initiative's name keeps it out.
    assertFalse(themesOf("Trade grew along the belt and road in 2019.")
        .contains("facilities-connectivity"));
    assertTrue(themesOf("The new road links the port to the railway.")
        .contains("facilities-connectivity"));
  }

  @Test
  void aReviewerExtendsTheTaxonomyByEditingTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("themes.json");
    Files.writeString(file, "{\"themes\": [{\"id\": \"green-development\", \"label\": \"Green\","
        + " \"group\": \"extended\", \"names\": [\"green belt and road\"],"
        + " \"strong\": [\"solar power\", \"carbon emission\"], \"weak\": [\"climate\"]}]}");
    ThemeTagger tagger = new ThemeTagger(Taxonomy.load(file));
    List<ThemeHit> hits = tagger.tag(annotator.annotate("Solar power plants cut carbon emissions."));
    assertEquals(List.of("green-development"), hits.stream().map(ThemeHit::theme).toList());
    assertEquals(List.of("solar power", "carbon emission"), hits.get(0).terms());
  }

  @Test
  void goldMacroF1IsAtLeastPointEight() throws IOException {
    ThemeEvaluation evaluation = new ThemeEvaluation(FIVE_LINES);
    ObjectMapper json = new ObjectMapper();
    for (String line : Fixtures.resource("gold/themes-gold.jsonl").lines().toList()) {
      JsonNode item = json.readTree(line);
      if (item.has("_comment")) {
        continue;
      }
      Set<String> gold = new HashSet<>();
      item.get("labels").forEach(l -> gold.add(l.asText()));
      evaluation.add(gold, stage.tagger().tag(annotator.annotate(item.get("text").asText()))
          .stream().map(ThemeHit::theme).collect(Collectors.toSet()));
    }
    assertEquals(200, evaluation.items());
    assertTrue(evaluation.macroF1() >= 0.80, "macro-F1 " + evaluation.macroF1());
  }
}
