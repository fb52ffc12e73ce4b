package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.brimine.search.FacetCount;
import org.brimine.search.SearchResults;
import org.junit.jupiter.api.Test;

/** The search page says when its facet counts are estimates from a sample of the matches. */
class SearchPageTest {
  private static final Map<String, List<FacetCount>> YEARS =
      Map.of("year", List.of(new FacetCount("2023", 41_200), new FacetCount("2024", 30_100)));

  private static String page(long total, boolean estimated) {
    return SearchPage.render(SearchParams.of(Map.of("q", "trade")),
        new SearchResults("trade", total, List.of(), YEARS, estimated), Map.of());
  }

  @Test
  void estimatedCountsCarryANoteWithTheExactTotal() {
    String html = page(71_300, true);
    assertTrue(html.contains("<p class=note>Counts estimated from a random sample of the 71,300"
        + " matches.</p>"), html);
    assertTrue(html.contains("<span class=count>41200</span>"), html);
  }

  @Test
  void exactCountsHaveNoNote() {
    assertFalse(page(1_500, false).contains("estimated"));
  }
}
