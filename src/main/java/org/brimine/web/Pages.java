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
import org.brimine.search.QuerySyntax;
import org.brimine.search.QuerySyntaxException;
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
        .get("/advanced", (exchange, params) ->
            Http.redirect(exchange, AdvancedSearch.location(Http.params(exchange))))
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
    try {
      p.check(searcher);
    } catch (QuerySyntaxException e) {
      if (p.syntax() != QuerySyntax.FULL) {
        throw e;
      }
      Http.html(exchange, 400, Templates.render("web/syntax.jte", SyntaxError.of(p, e, labels)));
      return;
    }
    SearchResults r = searcher.search(p.request());
    Http.html(exchange, 200, SearchPage.render(p, r, labels, cites(r)));
  }

  /**
   * A query the syntax cannot read ({@code web/syntax.jte}): the error, and the same search as
   * plain words, "Search for these words instead".
   *
   * @param hidden the filters the search box keeps
   * @param words the query string of the search in words mode
   * @param themes the theme labels by id, for the advanced form
   */
  record SyntaxError(String query, String detail, Map<String, String> hidden, String words,
      Map<String, String> themes) {
    static SyntaxError of(SearchParams p, QuerySyntaxException e, Map<String, String> themes) {
      Map<String, String> words = new LinkedHashMap<>(p.asMap());
      words.put("syntax", QuerySyntax.WORDS.label());
      Map<String, String> hidden = new LinkedHashMap<>(p.asMap());
      hidden.remove("q");
      return new SyntaxError(p.q(), e.getMessage() + "\n" + e.pointer(), hidden,
          Http.query(words), themes);
    }
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
