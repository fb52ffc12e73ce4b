package org.brimine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.maps.BurstReport;
import org.junit.jupiter.api.Test;

/**
 * A summary keeps its entity types in the order the summarizer gives them (institutions first),
 * so that the Markdown and JSON summaries print the same bytes on every run. The golden
 * end-to-end test found them in a different order from one JVM to the next.
 */
class ThemeSummaryTest {
  @Test
  void entityTypesKeepTheirOrder() {
    Map<String, List<ThemeSummary.Count>> entities = new LinkedHashMap<>();
    ThemeSummarizer.ENTITY_TYPES.values().forEach(heading -> entities.put(heading,
        List.of(new ThemeSummary.Count("x", 1))));
    ThemeSummary s = new ThemeSummary("t", "T", "", null, null,
        new ThemeSummary.Overview(1, 1, 1.0), List.of(), List.of(), entities, List.of(),
        List.of(), List.of(), List.of(), null, new BurstReport("keyword", List.of()));
    assertEquals(List.copyOf(ThemeSummarizer.ENTITY_TYPES.values()),
        List.copyOf(s.entities().keySet()));
  }
}
