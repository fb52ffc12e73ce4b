package org.brimine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.CitedReference;
import org.brimine.model.EntityMention;
import org.brimine.model.Hashes;
import org.brimine.model.Paragraph;
import org.brimine.model.Section;
import org.brimine.model.Sentence;
import org.brimine.model.Token;
import org.junit.jupiter.api.Test;

class SyntheticPapersTest {
  private static final RealMaterial MATERIAL = RealMaterial.of(RealPapers.three());
  private static final int N = 200;

  private static List<AnnotatedPaper> corpus(long seed) {
    SyntheticPapers papers = new SyntheticPapers(MATERIAL, ScaleSpec.of(N, seed));
    return IntStream.range(0, N).mapToObj(papers::paper).toList();
  }

  @Test
  void takesParagraphsSentencesAndMentionsFromTheRealPapers() {
    assertEquals(10, MATERIAL.paragraphs().size(), "3 abstracts and 7 body paragraphs");
    assertEquals(List.of(2016, 2023, 2023), MATERIAL.years());
    assertEquals(2, MATERIAL.references().size());
    assertEquals(List.of("AIIB"),
        MATERIAL.aliases().get(RealMaterial.key("FIN_INSTITUTION",
            "Asian Infrastructure Investment Bank")));
    long mentions = MATERIAL.paragraphs().stream().mapToLong(p -> p.mentions().size()).sum();
    assertEquals(2, mentions);
  }

  @Test
  void theSameSeedGivesTheSameCorpus() {
    List<AnnotatedPaper> a = corpus(7);
    List<AnnotatedPaper> b = corpus(7);
    for (int i = 0; i < N; i++) {
      assertEquals(a.get(i).parsed(), b.get(i).parsed(), "paper " + i);
      assertEquals(a.get(i).text(), b.get(i).text(), "paper " + i);
      assertEquals(a.get(i).entities(), b.get(i).entities(), "paper " + i);
    }
    List<AnnotatedPaper> c = corpus(8);
    assertNotEquals(a.stream().map(p -> p.parsed().paper().text()).toList(),
        c.stream().map(p -> p.parsed().paper().text()).toList());
  }

  @Test
  void aSeedGivesTheCorpusItGaveWhenTheFiguresOfBenchmarksMdWereMeasured() {
    // pins the random draws (Commons RNG's generator, its seeding and samplers): a change of
    // any of them makes another corpus, and the scale figures are then not comparable
    String texts = String.join("\u0000", corpus(7).stream()
        .map(p -> p.parsed().paper().text()).toList());
    assertEquals("9bd51de21c3b1f155fa21185a48fe12a53350e8155157e6192d070d108750032",
        Hashes.sha256(texts));
  }

  @Test
  void aPaperDoesNotDependOnWhichPapersWereMadeBefore() {
    SyntheticPapers papers = new SyntheticPapers(MATERIAL, ScaleSpec.of(N, 7));
    assertEquals(corpus(7).get(123).parsed(), papers.paper(123).parsed());
  }

  @Test
  void everyOffsetPointsAtItsText() {
    for (AnnotatedPaper paper : corpus(7)) {
      String text = paper.text().text();
      assertEquals(text, paper.parsed().paper().text());
      for (Sentence s : paper.text().sentences()) {
        assertEquals(s.text(), text.substring(s.start(), s.end()));
        for (Token t : s.tokens()) {
          assertEquals(t.word(), text.substring(t.start(), t.end()));
        }
      }
      for (EntityMention m : paper.text().mentions()) {
        assertEquals(m.text(), text.substring(m.start(), m.end()));
      }
      for (Section section : paper.parsed().sections()) {
        for (Paragraph p : section.paragraphs()) {
          assertEquals(p.text(), text.substring(p.start(), p.end()));
        }
      }
    }
  }

  @Test
  void drawsYearsVenuesAndSizesAsSpecified() {
    Map<Integer, Integer> years = new HashMap<>();
    Set<String> ids = new HashSet<>();
    Set<String> realVenues = Set.copyOf(MATERIAL.venues());
    for (AnnotatedPaper paper : corpus(7)) {
      var meta = paper.parsed().paper().metadata();
      years.merge(meta.year(), 1, Integer::sum);
      assertTrue(realVenues.contains(meta.venue()), meta.venue());
      int paragraphs = paper.parsed().sections().stream()
          .mapToInt(s -> s.paragraphs().size()).sum();
      assertTrue(paragraphs >= 3 && paragraphs <= 15, "paragraphs: " + paragraphs);
      int refs = paper.parsed().references().size();
      assertTrue(refs >= 3 && refs <= 20, "references: " + refs);
      assertEquals(refs, paper.parsed().citedIds().size(), "a paper cites a work once");
      assertTrue(ids.add(paper.parsed().id()), "duplicate id " + paper.parsed().id());
      assertTrue(paper.parsed().title().startsWith(MATERIAL.titles().stream()
          .filter(t -> paper.parsed().title().startsWith(t)).findFirst().orElse("?")));
    }
    assertEquals(Set.of(2016, 2023), years.keySet());
    // 2023 is two thirds of the real years: 133 of 200 expected, binomial sd about 6.7
    assertTrue(Math.abs(years.get(2023) - 133) < 27, "papers of 2023: " + years.get(2023));
  }

  @Test
  void citationsAreSkewedLikeRealOnes() {
    Map<String, Integer> citedBy = new HashMap<>();
    for (AnnotatedPaper paper : corpus(7)) {
      for (CitedReference cited : paper.parsed().references()) {
        citedBy.merge(cited.id(), 1, Integer::sum);
      }
    }
    List<Integer> counts = new ArrayList<>(citedBy.values());
    counts.sort(null);
    int most = counts.get(counts.size() - 1);
    int median = counts.get(counts.size() / 2);
    long once = counts.stream().filter(c -> c == 1).count();
    assertTrue(most >= 20 * median, "most cited " + most + ", median " + median);
    assertTrue(once > counts.size() / 4, "cited once: " + once + " of " + counts.size());
  }

  @Test
  void countsEntitiesWithTheirRealAliasesAndReferenceAuthors() {
    boolean sawAiib = false;
    for (AnnotatedPaper paper : corpus(7)) {
      for (var e : paper.entities()) {
        if (e.canonical().equals("Asian Infrastructure Investment Bank")) {
          assertEquals(List.of("AIIB"), e.aliases());
          sawAiib = true;
        }
      }
      long persons = paper.entities().stream().filter(e -> e.type().equals("PERSON")).count();
      assertTrue(persons >= 1, "reference authors are people");
    }
    assertTrue(sawAiib);
  }
}
