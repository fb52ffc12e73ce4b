package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.brimine.search.FacetCount;
import org.brimine.search.SearchResults;
import org.junit.jupiter.api.Test;

/**
 * The search page says when its facet counts are estimates from a sample of the matches, and
 * shows them rounded.
 */
class SearchPageTest {
  private static final Map<String, List<FacetCount>> YEARS =
      Map.of("year", List.of(new FacetCount("2023", 41_200), new FacetCount("2024", 30_100)));

  private static String page(long total, boolean estimated) {
    return SearchPage.render(SearchParams.of(Map.of("q", "trade"), java.util.Set.of()),
        new SearchResults("trade", total, List.of(), YEARS, estimated), Map.of(), Map.of());
  }

  @Test
  void estimatedCountsCarryANoteWithTheExactTotal() {
    String html = page(71_300, true);
    assertTrue(html.contains("<p class=\"note\">Counts estimated from a random sample of the 71,300"
        + " matches.</p>"), html);
    assertTrue(html.contains("<span class=\"count\">≈41,000</span>"), html);
  }

  @Test
  void exactCountsHaveNoNoteAndAreShownAsTheyAre() {
    String html = page(1_500, false);
    assertFalse(html.contains("estimated"));
    assertTrue(html.contains("<span class=\"count\">41200</span>"), html);
  }
}
