package org.brimine.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.brimine.export.ExportFormat;
import org.brimine.library.Exporter;
import org.brimine.library.ScienceMaps;
import org.brimine.maps.BurstField;
import org.brimine.maps.BurstReport;
import org.brimine.maps.MapKind;
import org.brimine.maps.MapSettings;
import org.brimine.search.RecordDetails;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchBackend;
import org.brimine.search.SearchRequest;
import org.brimine.themes.Taxonomy;

/**
 * The JSON API: {@code /api/search}, {@code /api/export} (a file), {@code /api/papers/{id}},
 * {@code /api/papers/{id}/related},
 * {@code /api/themes}, {@code /api/summary/corpus}, {@code /api/summary/{theme}}, {@code /api/map}
 * and {@code /api/bursts} (science maps of a search, {@link MapParams}), and its OpenAPI
 * description, {@code /api/openapi.json}. Errors are {@code {"error", "detail"}}.
 */
final class Api {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int RELATED = 10;

  /** The local index, or null when the server searches a SolrCloud collection alone. */
  private final RecordSearcher searcher;
  private final Searchers searchers;
  private final Taxonomy taxonomy;
  private final Summaries summaries;
  private final ScienceMaps maps;
  /** Theme labels by id: what theme nodes and bursts show. */
  private final Map<String, String> themeLabels = new LinkedHashMap<>();

  Api(Searchers searchers, Taxonomy taxonomy, Summaries summaries) {
    this.searcher = searchers.local();
    this.searchers = searchers;
    this.taxonomy = taxonomy;
    this.summaries = summaries;
    this.maps = new ScienceMaps(searcher);
    taxonomy.themes().forEach(t -> themeLabels.put(t.id(), t.label()));
  }

  /** Adds the API's routes to the table. */
  void addTo(Routes routes) {
    routes.get("/api/search", (exchange, params) -> search(exchange))
        .get("/api/export", searchers.needsLocal((exchange, params) -> export(exchange)))
        .get("/api/papers/{id}/related", searchers.needsLocal((exchange, params) -> {
          String id = params.get(Routes.RECORD_ID);
          record(id);
          ok(exchange, searcher.related(id, RELATED));
        }))
        .get("/api/papers/{id}", searchers.needsLocal((exchange, params) ->
            ok(exchange, record(params.get(Routes.RECORD_ID)).view())))
        .get("/api/map", searchers.needsLocal((exchange, params) -> map(exchange)))
        .get("/api/bursts", searchers.needsLocal((exchange, params) -> bursts(exchange)))
        .get("/api/themes", (exchange, params) -> themes(exchange))
        .get("/api/openapi.json", (exchange, params) -> Http.json(exchange, 200, OpenApi.json()))
        .get("/api/summary/corpus", searchers.needsLocal((exchange, params) ->
            ok(exchange, summaries.corpus())))
        .get("/api/summary/{theme}", searchers.needsLocal((exchange, params) ->
            ok(exchange, summaries.theme(params.get(Routes.THEME)))));
  }

  private void search(HttpExchange exchange) throws IOException {
    SearchBackend backend = searchers.search();
    SearchParams p = SearchParams.of(Http.params(exchange), backend.themes());
    p.check(backend);
    ok(exchange, ApiViews.SearchPage.of(backend.search(p.request()), p));
  }

  /**
   * The matches of a search, all of them or {@code limit}, as a file in {@code format}
   * (bibtex, ris, csv, csljson), written as the search reads them; the search takes the
   * parameters of {@code /api/search}, {@code sort} included.
   */
  private void export(HttpExchange exchange) throws IOException {
    Map<String, String> raw = Http.params(exchange);
    ExportFormat format = ExportFormat.named(raw.getOrDefault("format", ""));
    SearchParams p = SearchParams.of(raw, searcher.themes());
    p.check(searcher);
    String limit = raw.get("limit");
    long max;
    try {
      max = limit == null || limit.isBlank() ? Long.MAX_VALUE : Long.parseLong(limit.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("limit must be a whole number, got '" + limit + "'");
    }
    if (max < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, got " + max);
    }
    SearchRequest request = new SearchRequest(p.query(), 0, 0, false, p.filters(), p.sort());
    Http.download(exchange, format.mediaType() + "; charset=utf-8",
        "bri-export." + format.extension(),
        out -> Exporter.export(searcher, request, max, format, out));
  }

  /** A science map of the papers a search finds, with each node's link and the timeline. */
  private void map(HttpExchange exchange) throws IOException {
    MapParams.Drawing d = MapParams.drawing(Http.params(exchange), searcher.themes());
    SearchParams p = d.search();
    p.check(searcher);
    ScienceMaps.Drawn drawn = maps.map(p.q(), p.filters(), d.kind(),
        new MapSettings(d.top(), 1, false, MapSettings.SEED));
    ok(exchange, ApiViews.MapPage.of(d.kind(), drawn, p,
        d.kind() == MapKind.THEMES ? themeLabels : Map.of()));
  }

  /** The bursts of a field in the papers a search finds, strongest first. */
  private void bursts(HttpExchange exchange) throws IOException {
    MapParams.BurstTable b = MapParams.bursts(Http.params(exchange), searcher.themes());
    SearchParams p = b.search();
    p.check(searcher);
    BurstReport report = maps.bursts(p.q(), p.filters(), b.field());
    Function<String, String> label = term -> term;
    if (b.field() == BurstField.THEME) {
      label = term -> themeLabels.getOrDefault(term, term);
    } else if (b.field() == BurstField.REFERENCE) {
      Map<String, String> titles = maps.titles(ApiViews.BurstPage.shown(report, b.limit())
          .stream().map(BurstReport.Burst::term).toList());
      label = term -> titles.getOrDefault(term, term);
    }
    ok(exchange, ApiViews.BurstPage.of(report, b.limit(), label));
  }

  private void themes(HttpExchange exchange) throws IOException {
    ok(exchange, taxonomy.themes().stream().map(ApiViews.Theme::of).toList());
  }

  private RecordDetails record(String id) throws IOException {
    return searcher.lookup().find(id)
        .orElseThrow(() -> new WebServer.NotFound("no record with id '" + id + "'"));
  }

  private static void ok(HttpExchange exchange, Object json) throws IOException {
    Http.json(exchange, 200, MAPPER.writeValueAsString(json));
  }

  static String error(String error, String detail) {
    try {
      return MAPPER.writeValueAsString(new ApiViews.Error(error, detail));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
