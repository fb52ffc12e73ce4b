package org.brimine.report;

import java.util.List;

/**
 * The five connectivity lines side by side.
 *
 * @param query the query the papers were chosen by, or null
 * @param years the year range, or null
 * @param corpusPapers how many papers match the query and years
 * @param lines one summary per line, in taxonomy order
 */
public record CorpusSummary(String query, String years, int corpusPapers,
    List<ThemeSummary> lines) {
  public CorpusSummary {
    lines = List.copyOf(lines);
  }
}
