package org.brimine.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.brimine.export.Citation;
import org.brimine.export.CiteStrings;
import org.brimine.library.Exporter;
import org.brimine.report.Html;
import org.brimine.report.HtmlRenderer;
import org.brimine.report.Templates;
import org.brimine.search.Hit;
import org.brimine.search.RecordDetails;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchResults;
import org.brimine.themes.Taxonomy;

/** The HTML pages: search, paper, themes and theme summaries. */
final class Pages {
  private static final int RELATED = 8;

  private final RecordSearcher searcher;
  private final Taxonomy taxonomy;
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Summaries summaries;
  /** Summaries served by the site open with links back to its themes and search. */
  private final HtmlRenderer renderer = new HtmlRenderer("/papers/", true);

  Pages(RecordSearcher searcher, Taxonomy taxonomy, Summaries summaries) {
    this.searcher = searcher;
    this.taxonomy = taxonomy;
    this.summaries = summaries;
    taxonomy.themes().forEach(t -> labels.put(t.id(), t.label()));
  }

  /** Adds the pages' routes to the table. */
  void addTo(Routes routes) {
    routes.get("/", (exchange, params) -> search(exchange))
        .get("/papers/{id}", (exchange, params) -> paper(exchange, params.get(Routes.RECORD_ID)))
        .get("/themes", (exchange, params) -> Http.html(exchange, 200,
            Templates.render("web/themes.jte", taxonomy.themes())))
        .get("/themes/corpus", (exchange, params) -> Http.html(exchange, 200,
            renderer.render(summaries.corpus())))
        .get("/themes/{theme}", (exchange, params) -> Http.html(exchange, 200,
            renderer.render(summaries.theme(params.get(Routes.THEME)))));
  }

  private void search(HttpExchange exchange) throws IOException {
    SearchParams p = SearchParams.of(Http.params(exchange), searcher.themes());
    p.check(searcher);
    SearchResults r = searcher.search(p.request());
    Http.html(exchange, 200, SearchPage.render(p, r, labels, cites(r)));
  }

  /** The citation strings of each hit of a page, from its whole record. */
  private Map<String, SearchPage.Cite> cites(SearchResults r) throws IOException {
    Map<String, SearchPage.Cite> cites = new LinkedHashMap<>();
    for (Hit hit : r.hits()) {
      Optional<RecordDetails> d = searcher.lookup().find(hit.id());
      if (d.isPresent()) {
        Citation c = Exporter.citation(d.get());
        cites.put(hit.id(), new SearchPage.Cite(CiteStrings.gbt7714(c), CiteStrings.apa(c)));
      }
    }
    return cites;
  }

  private void paper(HttpExchange exchange, String id) throws IOException {
    RecordDetails d = searcher.lookup().find(id)
        .orElseThrow(() -> new WebServer.NotFound("no record with id '" + id + "'"));
    Http.html(exchange, 200, PaperPage.render(d, searcher.related(id, RELATED), labels));
  }

  /** The link to a theme's summary page. */
  static String themeHref(String id) {
    return "/themes/" + Html.urlSegment(id);
  }
}
