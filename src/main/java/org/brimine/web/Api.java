package org.brimine.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import org.brimine.search.RecordDetails;
import org.brimine.search.RecordSearcher;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeDefinition;

/**
 * The JSON API: {@code /api/search}, {@code /api/papers/{id}}, {@code /api/papers/{id}/related},
 * {@code /api/themes}, {@code /api/summary/{theme}}. Errors are {@code {"error", "detail"}}.
 */
final class Api {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int RELATED = 10;

  private final RecordSearcher searcher;
  private final Taxonomy taxonomy;
  private final Summaries summaries;

  Api(RecordSearcher searcher, Taxonomy taxonomy, Summaries summaries) {
    this.searcher = searcher;
    this.taxonomy = taxonomy;
    this.summaries = summaries;
  }

  /** Adds the API's routes to the table. */
  void addTo(Routes routes) {
    routes.get("/api/search", (exchange, params) -> search(exchange))
        .get("/api/papers/{id}/related", (exchange, params) -> {
          String id = params.get(Routes.RECORD_ID);
          record(id);
          ok(exchange, MAPPER.valueToTree(searcher.related(id, RELATED)));
        })
        .get("/api/papers/{id}", (exchange, params) ->
            ok(exchange, record(params.get(Routes.RECORD_ID)).toJson(MAPPER)))
        .get("/api/themes", (exchange, params) -> themes(exchange))
        .get("/api/summary/{theme}", (exchange, params) ->
            ok(exchange, MAPPER.valueToTree(summaries.theme(params.get(Routes.THEME)))));
  }

  private void search(HttpExchange exchange) throws IOException {
    SearchParams p = SearchParams.of(Http.params(exchange), searcher.themes());
    p.check(searcher);
    ObjectNode json = MAPPER.valueToTree(searcher.search(p.request()));
    json.put("query", p.q());
    json.put("lucene", p.luceneQuery());
    json.put("page", p.page());
    json.put("size", p.size());
    ok(exchange, json);
  }

  private void themes(HttpExchange exchange) throws IOException {
    ArrayNode themes = MAPPER.createArrayNode();
    for (ThemeDefinition t : taxonomy.themes()) {
      themes.addObject().put("id", t.id()).put("label", t.label()).put("group", t.group())
          .put("description", t.description());
    }
    ok(exchange, themes);
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
      return MAPPER.writeValueAsString(MAPPER.createObjectNode().put("error", error)
          .put("detail", detail));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
