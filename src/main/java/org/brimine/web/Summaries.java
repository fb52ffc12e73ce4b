package org.brimine.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brimine.report.CorpusSummary;
import org.brimine.report.ThemeSummarizer;
import org.brimine.report.ThemeSummary;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;
import org.brimine.themes.Taxonomy;

/**
 * Theme summaries for the pages and the API, kept for the index version they were computed on:
 * a summary counts over every paper of the theme, too much to repeat on every request.
 */
final class Summaries {
  private final RecordSearcher searcher;
  private final Taxonomy taxonomy;
  private final ThemeSummarizer summarizer;
  private long version = -1;
  private final Map<String, ThemeSummary> byTheme = new HashMap<>();

  Summaries(RecordSearcher searcher, Taxonomy taxonomy) {
    this.searcher = searcher;
    this.taxonomy = taxonomy;
    this.summarizer = new ThemeSummarizer(taxonomy, searcher);
  }

  /** The summary of one theme over all papers. */
  synchronized ThemeSummary theme(String id) throws IOException {
    if (taxonomy.find(id).isEmpty()) {
      throw new WebServer.NotFound("no theme '" + id + "'");
    }
    long current = searcher.version();
    if (current != version) {
      byTheme.clear();
      version = current;
    }
    ThemeSummary summary = byTheme.get(id);
    if (summary == null) {
      summary = summarizer.summarize(id, null, SearchFilters.NONE, null);
      byTheme.put(id, summary);
    }
    return summary;
  }

  /** The five connectivity lines side by side. */
  synchronized CorpusSummary corpus() throws IOException {
    List<ThemeSummary> lines = new ArrayList<>();
    for (var line : taxonomy.connectivity()) {
      lines.add(theme(line.id()));
    }
    return ThemeSummarizer.corpus(lines, null, null);
  }
}
