package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.index.Schema;
import org.junit.jupiter.api.Test;

/**
 * The facets of a search keep the order they were counted in (the schema's), so that
 * {@code search --json --facets} prints the same bytes on every run. The golden end-to-end test
 * found them in a different order from one JVM to the next.
 */
class SearchResultsTest {
  @Test
  void facetsKeepTheirOrder() {
    Map<String, List<FacetCount>> counted = new LinkedHashMap<>();
    Schema.FACETS.forEach(dim -> counted.put(dim, List.of(new FacetCount("x", 1))));
    SearchResults results = new SearchResults("q", 1, List.of(), counted, false);
    assertEquals(Schema.FACETS, List.copyOf(results.facets().keySet()));
  }
}
