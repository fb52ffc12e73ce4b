package org.brimine.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brimine.model.PaperRecord;
import org.brimine.report.CorpusSummary;
import org.brimine.report.ThemeSummarizer;
import org.brimine.report.ThemeSummary;
import org.brimine.search.RecordSearcher;
import org.brimine.themes.Taxonomy;

/**
 * Theme summaries for the pages and the API, computed once per index version: a summary reads
 * every paper record, far too much work to repeat on every request.
 */
final class Summaries {
  /** The most papers a summary reads. */
  static final int MAX_PAPERS = 100_000;

  private final RecordSearcher searcher;
  private final Taxonomy taxonomy;
  private final ThemeSummarizer summarizer;
  private long version = -1;
  private List<PaperRecord> papers;
  private final Map<String, ThemeSummary> byTheme = new HashMap<>();

  Summaries(RecordSearcher searcher, Taxonomy taxonomy) {
    this.searcher = searcher;
    this.taxonomy = taxonomy;
    this.summarizer = new ThemeSummarizer(taxonomy);
  }

  /** The summary of one theme over all papers. */
  synchronized ThemeSummary theme(String id) throws IOException {
    if (taxonomy.find(id).isEmpty()) {
      throw new WebServer.NotFound("no theme '" + id + "'");
    }
    List<PaperRecord> all = papers();
    return byTheme.computeIfAbsent(id, t -> summarizer.summarize(t, all, null, null));
  }

  /** The five connectivity lines side by side. */
  synchronized CorpusSummary corpus() throws IOException {
    List<ThemeSummary> lines = new java.util.ArrayList<>();
    for (var line : taxonomy.connectivity()) {
      lines.add(theme(line.id()));
    }
    return new CorpusSummary(null, null, papers().size(), lines);
  }

  private List<PaperRecord> papers() throws IOException {
    long current = searcher.version();
    if (current != version || papers == null) {
      papers = searcher.lookup().papers(searcher.parse("*:*"), MAX_PAPERS);
      byTheme.clear();
      version = current;
    }
    return papers;
  }
}
