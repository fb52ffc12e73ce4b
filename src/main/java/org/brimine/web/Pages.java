package org.brimine.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.model.PaperRecord;
import org.brimine.report.CorpusSummary;
import org.brimine.report.Html;
import org.brimine.report.HtmlRenderer;
import org.brimine.report.ThemeSummarizer;
import org.brimine.report.ThemeSummary;
import org.brimine.search.RecordDetails;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchRequest;
import org.brimine.search.SearchResults;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeDefinition;

/** The HTML pages: search, paper, themes and theme summaries. */
final class Pages {
  private static final int RELATED = 8;
  private static final int MAX_SUMMARY_PAPERS = 100_000;

  private final RecordSearcher searcher;
  private final Taxonomy taxonomy;
  private final Map<String, String> labels = new LinkedHashMap<>();

  Pages(RecordSearcher searcher, Taxonomy taxonomy) {
    this.searcher = searcher;
    this.taxonomy = taxonomy;
    taxonomy.themes().forEach(t -> labels.put(t.id(), t.label()));
  }

  void handle(HttpExchange exchange, String path) throws IOException {
    if (path.equals("/")) {
      SearchParams p = SearchParams.of(Http.params(exchange));
      p.check(searcher);
      SearchResults r = searcher.search(new SearchRequest(p.luceneQuery(),
          (p.page() - 1) * p.size(), p.size(), true));
      Map<String, String> keep = p.asMap();
      keep.remove("q");
      Http.html(exchange, 200, Layout.page(p.q().isEmpty() ? "Search" : p.q(), p.q(), keep,
          SearchPage.render(p, r, labels)));
    } else if (path.startsWith("/papers/")) {
      String id = segment(path, "/papers/");
      RecordDetails d = searcher.lookup().find(id)
          .orElseThrow(() -> new WebServer.NotFound("no record with id '" + id + "'"));
      Http.html(exchange, 200, Layout.page(d.paper() != null ? d.paper().paper().title() : id,
          "", Map.of(), PaperPage.render(d, searcher.related(id, RELATED), labels)));
    } else if (path.equals("/themes")) {
      Http.html(exchange, 200, Layout.page("Themes", "", Map.of(), themes()));
    } else if (path.startsWith("/themes/")) {
      String id = segment(path, "/themes/");
      Http.html(exchange, 200, summary(id));
    } else {
      throw new WebServer.NotFound("no page at '" + path + "'");
    }
  }

  private String themes() {
    StringBuilder h = new StringBuilder("<h1>Themes</h1><p><a href=\"/themes/corpus\">The five "
        + "connectivity lines side by side</a></p><table><tr><th>theme</th><th>covers</th></tr>");
    for (ThemeDefinition t : taxonomy.themes()) {
      h.append("<tr><td><a href=\"/themes/").append(Http.encode(t.id())).append("\">")
          .append(Html.escape(t.label())).append("</a></td><td>")
          .append(Html.escape(t.description())).append("</td></tr>");
    }
    return h.append("</table>").toString();
  }

  private String summary(String id) throws IOException {
    List<PaperRecord> papers = searcher.lookup().papers(searcher.parse("*:*"),
        MAX_SUMMARY_PAPERS);
    ThemeSummarizer summarizer = new ThemeSummarizer(taxonomy);
    HtmlRenderer renderer = new HtmlRenderer("/papers/");
    String html;
    if (id.equals("corpus")) {
      List<ThemeSummary> lines = taxonomy.connectivity().stream()
          .map(t -> summarizer.summarize(t.id(), papers, null, null)).toList();
      html = renderer.render(new CorpusSummary(null, null, papers.size(), lines));
    } else {
      if (taxonomy.find(id).isEmpty()) {
        throw new WebServer.NotFound("no theme '" + id + "'");
      }
      html = renderer.render(summarizer.summarize(id, papers, null, null));
    }
    // The summary is a page of its own; give it the site's way back.
    return html.replaceFirst("<body>", "<body><p><a href=\"/themes\">← themes</a> · "
        + "<a href=\"/\">search</a></p>");
  }

  static String segment(String path, String prefix) {
    return URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
  }
}
