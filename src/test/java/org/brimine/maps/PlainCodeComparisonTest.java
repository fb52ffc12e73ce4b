package org.brimine.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.brimine.search.PaperTraits;
import org.junit.jupiter.api.Test;

/**
 * Maps and bursts counted by number in arrays ({@link MapBuilder}, {@link Bursts}) equal those
 * of the plain code they replaced ({@link PlainMapBuilder}, {@link PlainBursts}: strings in hash
 * maps, every pair of every item counted, labels scored from maps of maps), on random papers
 * with skewed counts, ties, papers without a year and keyphrases that differ only by case.
 */
class PlainCodeComparisonTest {
  /** Titles of the records whose ids end in an even digit. */
  private static Map<String, String> titles(Collection<String> ids) {
    Map<String, String> titles = new TreeMap<>();
    ids.stream().filter(id -> (id.charAt(id.length() - 1) - '0') % 2 == 0)
        .forEach(id -> titles.put(id, "Title of " + id));
    return titles;
  }

  private static List<PaperTraits> papers(long seed, int n) {
    Random random = new Random(seed);
    List<PaperTraits> papers = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      Integer year = random.nextInt(10) == 0 ? null : 2000 + random.nextInt(15);
      // later papers favour later phrases: bursts to find
      int shift = year == null ? 0 : (year - 2000) * 3;
      papers.add(new PaperTraits("p" + p, year, skewed(random, 4, 60, "author "),
          skewed(random, 3, 12, "Country "),
          cased(skewed(random, 8, 50, "phrase ", shift), random),
          skewed(random, 4, 20, "Entity ").stream()
              .map(e -> new PaperTraits.EntityName(e, e.hashCode() % 2 == 0 ? "ORG" : "PERSON"))
              .toList(),
          skewed(random, 3, 6, "theme-"), skewed(random, 12, 300, "w")));
    }
    return papers;
  }

  /** Up to {@code most} distinct names, small numbers far more often (as citations are). */
  private static List<String> skewed(Random random, int most, int of, String prefix) {
    return skewed(random, most, of, prefix, 0);
  }

  private static List<String> skewed(Random random, int most, int of, String prefix, int shift) {
    Set<String> names = new LinkedHashSet<>();
    int n = random.nextInt(most + 1);
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble();
      names.add(prefix + ((int) (of * u * u * u) + shift) % of);
    }
    return List.copyOf(names);
  }

  /** Some phrases upper-cased or padded: the keyword maps merge them with the plain ones. */
  private static List<String> cased(List<String> phrases, Random random) {
    return phrases.stream().map(p -> switch (random.nextInt(6)) {
      case 0 -> p.toUpperCase(java.util.Locale.ROOT);
      case 1 -> " " + p;
      default -> p;
    }).distinct().toList();
  }

  @Test
  void mapsEqualThoseOfThePlainCode() throws IOException {
    for (long seed = 1; seed <= 3; seed++) {
      List<PaperTraits> papers = papers(seed, 400);
      for (MapKind kind : MapKind.values()) {
        for (MapSettings settings : List.of(new MapSettings(1000, 1, false, 42),
            new MapSettings(25, 1, false, 7), new MapSettings(60, 2, true, 42))) {
          ScienceMap plain = new PlainMapBuilder(PlainCodeComparisonTest::titles)
              .build(kind, papers, settings);
          ScienceMap map = new MapBuilder(PlainCodeComparisonTest::titles)
              .build(kind, papers, settings);
          assertTrue(plain.nodes().size() > 1, kind + ": nodes " + plain.nodes().size());
          assertEquals(plain, map, kind + " " + settings + " seed " + seed);
        }
      }
    }
  }

  @Test
  void mapsOfPapersWithoutItemsEqualThoseOfThePlainCode() throws IOException {
    List<PaperTraits> papers = List.of(
        new PaperTraits("p1", null, List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of()),
        new PaperTraits("p2", 2001, List.of(), List.of(), List.of("x"), List.of(), List.of(),
            List.of("w1")));
    for (MapKind kind : MapKind.values()) {
      MapSettings settings = new MapSettings(10, 1, false, 42);
      assertEquals(new PlainMapBuilder(ids -> Map.of()).build(kind, papers, settings),
          new MapBuilder(ids -> Map.of()).build(kind, papers, settings), kind.label());
      assertEquals(new PlainMapBuilder(ids -> Map.of()).build(kind, List.of(), settings),
          new MapBuilder(ids -> Map.of()).build(kind, List.of(), settings), kind.label());
    }
  }

  @Test
  void burstsEqualThoseOfThePlainCode() {
    for (long seed = 1; seed <= 3; seed++) {
      List<PaperTraits> papers = papers(seed, 600);
      for (BurstField field : BurstField.values()) {
        BurstReport plain = new PlainBursts().find(field, papers);
        BurstReport found = new Bursts().find(field, papers);
        if (field == BurstField.KEYWORD) {
          assertTrue(plain.bursts().size() > 2, "bursts: " + plain.bursts().size());
        }
        assertEquals(plain, found, field.label() + " seed " + seed);
      }
    }
  }
}
