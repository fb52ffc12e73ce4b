package org.brimine.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brimine.report.Html;
import org.brimine.report.HtmlRenderer;
import org.brimine.search.RecordDetails;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchResults;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeDefinition;

/** The HTML pages: search, paper, themes and theme summaries. */
final class Pages {
  private static final int RELATED = 8;

  private final RecordSearcher searcher;
  private final Taxonomy taxonomy;
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Summaries summaries;

  Pages(RecordSearcher searcher, Taxonomy taxonomy, Summaries summaries) {
    this.searcher = searcher;
    this.taxonomy = taxonomy;
    this.summaries = summaries;
    taxonomy.themes().forEach(t -> labels.put(t.id(), t.label()));
  }

  void handle(HttpExchange exchange, String path) throws IOException {
    if (path.equals("/")) {
      SearchParams p = SearchParams.of(Http.params(exchange), searcher.themes());
      p.check(searcher);
      SearchResults r = searcher.search(p.request());
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
      h.append("<tr><td><a href=\"/themes/").append(Html.urlSegment(t.id())).append("\">")
          .append(Html.escape(t.label())).append("</a></td><td>")
          .append(Html.escape(t.description())).append("</td></tr>");
    }
    return h.append("</table>").toString();
  }

  private String summary(String id) throws IOException {
    HtmlRenderer renderer = new HtmlRenderer("/papers/");
    String html = id.equals("corpus") ? renderer.render(summaries.corpus())
        : renderer.render(summaries.theme(id));
    // The summary is a page of its own; give it the site's way back.
    return html.replaceFirst("<body>", "<body><p><a href=\"/themes\">← themes</a> · "
        + "<a href=\"/\">search</a></p>");
  }

  /** The rest of a path after a prefix: an id, already decoded by the server. */
  static String segment(String path, String prefix) {
    return path.substring(prefix.length());
  }
}
