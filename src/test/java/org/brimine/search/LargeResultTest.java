package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.RecordWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches whose matches outnumber what is counted or re-ranked exactly: facet counts from a
 * sample above {@link FacetCounter#SAMPLE} matches, and the proximity bonus that re-ranks the
 * first {@link Ranker#WINDOW} hits.
 */
class LargeResultTest {
  private static final int RECORDS = 3 * FacetCounter.SAMPLE;

  @TempDir
  static Path dir;
  private static RecordSearcher searcher;

  @BeforeAll
  static void buildIndex() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      for (int i = 0; i < RECORDS; i++) {
        // a quarter by Bo, the rest by Ann; every sixth record says "rare"; half say
        // "swap line" with the words together, half with eleven words between them
        String words = i % 2 == 0 ? "swap line and a few more words to make it as long"
            : "swap and a few more words to make it as long as the line";
        String text = "trade corridor note " + i + " " + words + (i % 6 == 0 ? " rare" : "");
        writer.write(new CollectionDoc("r" + i, "", i % 4 == 0 ? "Bo" : "Ann", text).asPaper());
      }
      writer.commit();
    }
    searcher = RecordSearcher.open(dir, Ranking.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static Map<String, Long> authors(SearchResults results) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    results.facets().get("author").forEach(c -> counts.put(c.value(), c.count()));
    return counts;
  }

  @Test
  void facetCountsAreExactUpToTheSample() throws IOException {
    SearchResults r = searcher.search(new SearchRequest("rare", 0, 10, true));
    assertEquals(RECORDS / 6, r.total());
    assertFalse(r.facetsEstimated());
    // every sixth record is rare; of those, every other one (i % 12 == 0) is by Bo
    assertEquals(Map.of("Ann", (long) RECORDS / 12, "Bo", (long) RECORDS / 12), authors(r));
  }

  @Test
  void aboveTheSampleFacetCountsAreEstimatesScaledToTheExactTotal() throws IOException {
    SearchResults r = searcher.search(new SearchRequest("trade", 0, 10, true));
    assertEquals(RECORDS, r.total(), "the total is exact");
    assertTrue(r.facetsEstimated());
    Map<String, Long> counts = authors(r);
    // a sample of a third: Bo's quarter within 15% (some three standard errors)
    assertEquals(RECORDS * 0.75, counts.get("Ann"), RECORDS * 0.75 * 0.15, counts.toString());
    assertEquals(RECORDS * 0.25, counts.get("Bo"), RECORDS * 0.25 * 0.15, counts.toString());
    assertEquals(r.facets(), searcher.search(new SearchRequest("trade", 0, 10, true)).facets(),
        "the sample is drawn with a fixed seed: the same search gives the same counts");
  }

  @Test
  void betweenOnceAndTwiceTheSampleEveryMatchIsCounted() throws IOException {
    // the even records hold the phrase: 1.5 x the sample, half of them by Bo (i % 4 == 0)
    SearchResults r = searcher.search(new SearchRequest("\"swap line\"", 0, 10, true));
    assertEquals(RECORDS / 2, r.total());
    assertFalse(r.facetsEstimated(), "Lucene's bins hold one match each below 2 x the sample");
    assertEquals(Map.of("Ann", (long) RECORDS / 4, "Bo", (long) RECORDS / 4), authors(r));
  }

  @Test
  void estimatesAreScaledByWhatWasSampledNotByTheNominalRate() throws IOException {
    // 2.5 x the sample: Lucene samples one in two (1.25 x the sample), not the sample size
    SearchResults r = searcher.search(new SearchRequest("trade -rare", 0, 10, true));
    assertEquals(RECORDS * 5 / 6, r.total());
    assertTrue(r.facetsEstimated());
    Map<String, Long> counts = authors(r);
    // Bo wrote a fifth of them (i % 4 == 0 but not i % 12 == 0), Ann the rest
    assertEquals(RECORDS / 6.0, counts.get("Bo"), RECORDS / 6.0 * 0.15, counts.toString());
    assertEquals(RECORDS * 4 / 6.0, counts.get("Ann"), RECORDS * 4 / 6.0 * 0.15,
        counts.toString());
  }

  @Test
  void everyPageIsCutFromOneRankingBeyondTheProximityWindow() throws IOException {
    int depth = Ranker.WINDOW + 50;
    List<String> ranked = searcher.rankings().lexical("swap line", depth).stream()
        .map(RankedRecord::id).toList();
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < depth; offset += 10) {
      searcher.search(new SearchRequest("swap line", offset, 10, false)).hits()
          .forEach(h -> paged.add(h.id()));
    }
    assertEquals(ranked, paged);
    assertEquals(depth, new java.util.HashSet<>(paged).size(), "no record twice");
    // the bonus puts records with the words together first
    assertTrue(paged.subList(0, 10).stream()
        .allMatch(id -> Integer.parseInt(id.substring(1)) % 2 == 0), paged.subList(0, 10)
        .toString());
  }
}
