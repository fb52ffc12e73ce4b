package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.brimine.Fixtures;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Entity;
import org.brimine.model.EntityMention;
import org.brimine.parse.PaperParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product pipeline (real CoreNLP, loaded once for the class) on the seed paper. */
class SeedAnnotationTest {
  private static TextAnnotator annotator;
  private static AnnotatedPaper seed;
  private static PaperAnnotator papers;
  @TempDir
  static Path cacheDir;

  @BeforeAll
  static void annotateTheSeed() {
    annotator = TextAnnotator.load(NerMode.PRODUCT);
    papers = new PaperAnnotator(() -> annotator, Gazetteer::load,
        new AnnotationCache(cacheDir, AnnotationCache.fingerprint(NerMode.PRODUCT)));
    seed = papers.annotate(new PaperParser().parse(Fixtures.seed()));
  }

  private static Map<String, String> typeByCanonical() {
    return seed.entities().stream().collect(Collectors.toMap(Entity::canonical, Entity::type,
        (a, b) -> a + "," + b));
  }

  @Test
  void findsTheCanonicalEntitiesOfTheSeedWithTheirTypes() {
    Map<String, String> expected = Map.ofEntries(
        Map.entry("Belt and Road Initiative", "INITIATIVE"),
        Map.entry("Asian Infrastructure Investment Bank", "FIN_INSTITUTION"),
        Map.entry("New Development Bank", "FIN_INSTITUTION"),
        Map.entry("International Monetary Fund", "FIN_INSTITUTION"),
        Map.entry("World Bank", "FIN_INSTITUTION"),
        Map.entry("Eurasian Economic Union", "REGIONAL_ORG"),
        Map.entry("Shanghai Cooperation Organisation", "REGIONAL_ORG"),
        Map.entry("Gulf Cooperation Council", "REGIONAL_ORG"),
        Map.entry("South Asian Association for Regional Cooperation", "REGIONAL_ORG"),
        Map.entry("Asia-Pacific Economic Cooperation", "REGIONAL_ORG"),
        Map.entry("Trans-Pacific Partnership", "AGREEMENT"),
        Map.entry("renminbi", "CURRENCY"),
        Map.entry("China", "COUNTRY"),
        Map.entry("United States", "COUNTRY"),
        Map.entry("Russia", "COUNTRY"),
        Map.entry("Kazakhstan", "COUNTRY"),
        Map.entry("Belarus", "COUNTRY"),
        Map.entry("Myanmar", "COUNTRY"));
    Map<String, String> found = typeByCanonical();
    expected.forEach((name, type) -> assertEquals(type, found.get(name), name));
  }

  @Test
  void countsEachEntityOnceHoweverItIsWritten() {
    Entity bri = seed.entities().stream()
        .filter(e -> e.canonical().equals("Belt and Road Initiative")).findFirst().orElseThrow();
    assertEquals(1, seed.entities().stream()
        .filter(e -> e.canonical().equals("Belt and Road Initiative")).count());
    assertEquals(49, bri.mentions(), "44 in abstract and body, 4 in references, 1 in the title");
    Entity rmb = seed.entities().stream()
        .filter(e -> e.canonical().equals("renminbi")).findFirst().orElseThrow();
    assertEquals(3, rmb.mentions(), "RMB twice and renminbi once");
    assertTrue(rmb.aliases().contains("RMB"));
  }

  @Test
  void tagsTheSixReferenceAuthorsAsPersons() {
    Set<String> persons = seed.entities().stream().filter(e -> e.type().equals("PERSON"))
        .map(Entity::canonical).collect(Collectors.toSet());
    assertTrue(persons.containsAll(Set.of("Gao Yanfang", "Wang Nan", "Weng Dongling",
        "Huang Mengfang", "Lu Shanbing", "Yu Shuxiu")), persons.toString());
  }

  @Test
  void typesTheJournalsOfItsReferencesAsPublicationsNotOrganisations() {
    Map<String, String> found = typeByCanonical();
    for (String journal : List.of("Commercial Economic Research", "Modern Marketing (Late)",
        "Northeast Asia Forum", "Humanities Magazine")) {
      assertEquals("PUBLICATION", found.get(journal), journal + " in " + found);
    }
    List<String> organisations = seed.entities().stream()
        .filter(e -> e.type().equals("ORGANIZATION")).map(Entity::canonical).toList();
    assertFalse(organisations.stream().anyMatch(
        o -> o.matches(".*(Economic Research|Marketing|Northeast Asia|Magazine).*")),
        organisations.toString());
  }

  @Test
  void fixesCoreNlpsMistakesOnThisLiterature() {
    List<EntityMention> mentions = seed.text().mentions();
    assertFalse(mentions.stream().anyMatch(m -> m.type().equals("LOCATION")
        && m.text().matches("(?i)(the )?road")), "no LOCATION Road");
    assertFalse(mentions.stream().anyMatch(m -> m.type().equals("ORGANIZATION")
        && m.text().contains("International Financial Cooperation Strategy")));
    assertFalse(mentions.stream().anyMatch(m -> !m.source().equals("gazetteer")
        && m.text().matches("(?s).*\\b(Belt|Road)\\b.*")));
  }

  @Test
  void mentionsPointAtTheirTextAndSentence() {
    AnnotatedText text = seed.text();
    for (EntityMention m : text.mentions()) {
      assertEquals(m.text(), text.text().substring(m.start(), m.end()));
      if (m.sentence() >= 0) {
        var s = text.sentences().get(m.sentence());
        assertTrue(s.start() <= m.start() && m.end() <= s.end(), m.toString());
      }
    }
  }

  @Test
  void keepsLemmasAndTagsOnTokens() {
    var tokens = text("The banks opened bond markets.").sentences().get(0).tokens();
    assertEquals(List.of("the", "bank", "open", "bond", "market", "."),
        tokens.stream().map(t -> t.lemma().toLowerCase()).toList());
    assertEquals("NNS", tokens.get(1).pos());
  }

  @Test
  void servesTheSecondAnnotationFromTheCache() {
    AnnotatedPaper again = papers.annotate(new PaperParser().parse(Fixtures.seed()));
    assertEquals(seed.entities(), again.entities());
    assertEquals(seed.text(), again.text());
    PaperAnnotator cold = new PaperAnnotator(() -> {
      throw new AssertionError("CoreNLP must not load on a cache hit");
    }, Gazetteer::load, new AnnotationCache(cacheDir, AnnotationCache.fingerprint(NerMode.PRODUCT)));
    assertEquals(seed.entities(), cold.annotate(new PaperParser().parse(Fixtures.seed())).entities());
    assertFalse(cold.loadedCoreNlp());
  }

  @Test
  void normalisesMentionsInAnyCaseAndAcrossLineBreaks() {
    AnnotatedText t = text("The aiib's first loans went to Burma, and the Asian Infrastructure\n"
        + "Investment Bank later lent to the U.S.-backed project.");
    assertEquals(List.of("Asian Infrastructure Investment Bank|FIN_INSTITUTION",
        "Myanmar|COUNTRY", "Asian Infrastructure Investment Bank|FIN_INSTITUTION"),
        t.mentions().stream().filter(m -> !m.canonical().equals("United States"))
            .map(m -> m.canonical() + "|" + m.type()).toList());
  }

  private static AnnotatedText text(String s) {
    return annotator.annotate(s);
  }

}
