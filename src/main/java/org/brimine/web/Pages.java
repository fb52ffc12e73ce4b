package org.brimine.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.brimine.export.Citation;
import org.brimine.export.CiteStrings;
import org.brimine.library.Exporter;
import org.brimine.library.SourceFiles;
import org.brimine.report.Html;
import org.brimine.report.HtmlRenderer;
import org.brimine.report.Templates;
import org.brimine.search.FacetCount;
import org.brimine.search.Hit;
import org.brimine.search.QuerySyntax;
import org.brimine.search.QuerySyntaxException;
import org.brimine.search.RecordDetails;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchBackend;
import org.brimine.search.SearchRequest;
import org.brimine.search.SearchResults;
import org.brimine.search.TermMarks;
import org.brimine.search.WorkProfile;
import org.brimine.search.WorkProfiles;
import org.brimine.themes.Taxonomy;

/** The HTML pages: search, paper, themes and theme summaries. */
final class Pages {
  private static final int RELATED = 8;

  /** The local index, or null when the server searches a SolrCloud collection alone. */
  private final RecordSearcher searcher;
  private final Searchers searchers;
  private final Taxonomy taxonomy;
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Summaries summaries;
  /** Summaries served by the site open with links back to its themes and search. */
  private final HtmlRenderer renderer = new HtmlRenderer("/papers/", true);

  /** The corpus's source files, or null when the server has no corpus to serve. */
  private final SourceFiles sources;

  Pages(Searchers searchers, Taxonomy taxonomy, Summaries summaries, SourceFiles sources) {
    this.searcher = searchers.local();
    this.searchers = searchers;
    this.sources = sources;
    this.taxonomy = taxonomy;
    this.summaries = summaries;
    taxonomy.themes().forEach(t -> labels.put(t.id(), t.label()));
  }

  /** Adds the pages' routes to the table. */
  void addTo(Routes routes) {
    routes.get("/", (exchange, params) -> search(exchange))
        .get("/advanced", (exchange, params) ->
            Http.redirect(exchange, AdvancedSearch.location(Http.params(exchange))))
        .get("/papers/{id}", searchers.needsLocal((exchange, params) ->
            paper(exchange, params.get(Routes.RECORD_ID))))
        .get("/authors/{name}", searchers.needsLocal((exchange, params) ->
            works(exchange, WorksPage.Of.AUTHOR, params.get(Routes.NAME))))
        .get("/venues/{name}", searchers.needsLocal((exchange, params) ->
            works(exchange, WorksPage.Of.VENUE, params.get(Routes.NAME))))
        .get("/corpus/{path}", searchers.needsLocal((exchange, params) ->
            source(exchange, params.get(Routes.PATH))))
        .get("/themes", (exchange, params) -> Http.html(exchange, 200,
            Templates.render("web/themes.jte", taxonomy.themes())))
        .get("/themes/corpus", searchers.needsLocal((exchange, params) -> Http.html(exchange,
            200, renderer.render(summaries.corpus()))))
        .get("/themes/{theme}", searchers.needsLocal((exchange, params) -> Http.html(exchange,
            200, renderer.render(summaries.theme(params.get(Routes.THEME))))));
  }

  private void search(HttpExchange exchange) throws IOException {
    SearchBackend backend = searchers.search();
    SearchParams p = SearchParams.of(Http.params(exchange), backend.themes());
    try {
      p.check(backend);
    } catch (QuerySyntaxException e) {
      if (p.syntax() != QuerySyntax.FULL) {
        throw e;
      }
      Http.html(exchange, 400, Templates.render("web/syntax.jte", SyntaxError.of(p, e, labels)));
      return;
    }
    SearchResults r = backend.search(p.request());
    String more = Http.params(exchange).get(SearchPage.MORE);
    if (more != null && !more.isBlank()) {
      // every value of one facet, in place of its top values
      Map<String, List<FacetCount>> facets = new LinkedHashMap<>(r.facets());
      facets.put(more, backend.allFacetValues(p.request(), more));
      r = new SearchResults(r.query(), r.total(), r.hits(), facets, r.facetsEstimated());
    }
    Http.html(exchange, 200, SearchPage.render(p, r, labels, cites(r), more));
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

  /**
   * The citation strings of each hit of a page, from its whole record; none without the local
   * index.
   */
  private Map<String, SearchPage.Cite> cites(SearchResults r) throws IOException {
    Map<String, SearchPage.Cite> cites = new LinkedHashMap<>();
    if (searcher == null) {
      return cites;
    }
    for (Hit hit : r.hits()) {
      Optional<RecordDetails> d = searcher.lookup().find(hit.id());
      if (d.isPresent()) {
        Citation c = Exporter.citation(d.get());
        cites.put(hit.id(), new SearchPage.Cite(CiteStrings.gbt7714(c), CiteStrings.apa(c)));
      }
    }
    return cites;
  }

  /**
   * A record's page; {@code q}, the query that found it, marks its words in the text (none when
   * it is no valid query: the page is still shown).
   */
  private void paper(HttpExchange exchange, String id) throws IOException {
    RecordDetails d = searcher.lookup().find(id)
        .orElseThrow(() -> new WebServer.NotFound("no record with id '" + id + "'"));
    String query = Http.params(exchange).getOrDefault("q", "").strip();
    if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new SearchParams.TooLong("parameter 'q' is " + query.length()
          + " characters long, over the limit of " + SearchRequest.MAX_QUERY_LENGTH);
    }
    TermMarks marks;
    try {
      marks = searcher.marks(query);
    } catch (org.brimine.search.QuerySyntaxException e) {
      // a query the syntax cannot read marks nothing; the page is still shown
      marks = TermMarks.NONE;
    }
    String source = d.paper() == null || sources == null ? null
        : sources.find(d.paper().paper().paper().source())
            .map(f -> d.paper().paper().paper().source()).orElse(null);
    Hit paperOf = d.reference() == null ? null
        : searcher.lookup().paperOf(d.reference()).orElse(null);
    Http.html(exchange, 200, PaperPage.render(d, searcher.related(id, RELATED), labels,
        PaperPage.reading(d, query, marks, source, paperOf)));
  }

  /** An author's or a venue's page; a name no record has is a 404. */
  private void works(HttpExchange exchange, WorksPage.Of of, String name) throws IOException {
    WorkProfiles works = searcher.works();
    WorkProfile profile = (of == WorksPage.Of.AUTHOR ? works.author(name) : works.venue(name))
        .orElseThrow(() -> new WebServer.NotFound("no " + of.label() + " named '" + name
            + "' in the index"));
    Http.html(exchange, 200, WorksPage.render(of, profile, labels));
  }

  /** A stored source file, read-only; a path out of the corpus is refused (400). */
  private void source(HttpExchange exchange, String path) throws IOException {
    if (sources == null) {
      throw new WebServer.NotFound("this server serves no corpus files");
    }
    SourceFiles.Source file;
    try {
      file = sources.file(path);
    } catch (NoSuchFileException e) {
      throw new WebServer.NotFound("no source file '" + path + "': " + e.getReason());
    }
    Http.file(exchange, file.mediaType(), file.path());
  }

  /** The link to a theme's summary page. */
  static String themeHref(String id) {
    return "/themes/" + Html.urlSegment(id);
  }
}
