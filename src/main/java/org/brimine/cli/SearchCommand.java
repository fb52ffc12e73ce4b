package org.brimine.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.brimine.library.StageFactory;
import org.brimine.search.FacetCount;
import org.brimine.search.Hit;
import org.brimine.search.QuerySyntax;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchBackend;
import org.brimine.search.Retrieval;
import org.brimine.search.SearchFilters;
import org.brimine.search.SearchRequest;
import org.brimine.search.SearchResults;
import org.brimine.search.SortOrder;
import org.brimine.solr.SolrSearcher;
import org.brimine.themes.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bri search "QUERY"}: ranked records with highlighted passages. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the index with Lucene query syntax: words, \"phrases\", AND/OR/NOT, "
        + "wildcards, boosts, and fields such as title:, author:\"Wang Nan\", venue:, kind:, "
        + "type:, year:[2015 TO 2017]."})
final class SearchCommand implements Callable<Integer> {
  @Mixin
  Locations locations;

  @Parameters(index = "0", paramLabel = "QUERY", description = "the query")
  String query;

  @Option(names = "--limit", defaultValue = "10", description = "hits to show (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "hits to skip (default: 0)")
  int offset;

  @Option(names = "--facets", description = "count facet values over all matches")
  boolean facets;

  @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER",
      description = "relevance (default), newest, oldest or cited (most cited first)")
  String sort;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Option(names = "--retrieval", paramLabel = "MODE",
      description = "lexical (words alone), dense or hybrid (default: the product's, hybrid; a "
          + "query with syntax is always ranked by its words)")
  String retrieval;

  @Option(names = "--words", description = "read the query as plain words: quotes, brackets, "
      + "colons and AND/OR/NOT are text (for a query the syntax cannot read)")
  boolean words;

  @Option(names = "--solr", paramLabel = "URL", description = "search a SolrCloud collection "
      + "instead of the local index: a node's URL or ZooKeeper's host:port (with --collection)")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "the SolrCloud collection (with --solr)")
  String collection;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    SearchRequest request;
    try {
      request = new SearchRequest((words ? QuerySyntax.WORDS : QuerySyntax.FULL).query(query),
          offset, limit, facets, SearchFilters.NONE, SortOrder.named(sort));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    SearchResults results;
    try (SearchBackend searcher = backend()) {
      results = searcher.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.pretty(Output.of(results, facets)));
    } else {
      printText(out, results);
      out.println("search: " + results.hits().size() + " of " + results.total() + " hits for '"
          + query + "' in " + Timing.seconds(started));
    }
    out.flush();
    return 0;
  }

  /** The local index, or the SolrCloud collection of --solr and --collection. */
  private SearchBackend backend() throws IOException {
    if ((solr == null) != (collection == null)) {
      throw new UsageException("--solr and --collection go together");
    }
    if (solr != null && retrieval != null) {
      throw new UsageException("--retrieval ranks the local index; a SolrCloud collection ranks"
          + " lexically (got --retrieval " + retrieval + " with --solr)");
    }
    if (solr == null) {
      Retrieval chosen;
      try {
        chosen = retrieval == null ? Retrieval.DEFAULT
            : Retrieval.of(retrieval, Retrieval.DEFAULT.fusion());
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      // NOTE: the model loads on the first query it embeds, not on a thread beside the search: a
      // command that ends while ONNX Runtime creates its session (a fielded query ends first)
      // crashes the JVM on the way out (SIGSEGV in libonnxruntime, seen in SearchCliTest).
      return RecordSearcher.open(locations.lucene(), Ranking.DEFAULT, Taxonomy.load().ids(),
          chosen, StageFactory.queryVectors());
    }
    try {
      return new SolrSearcher(solr, collection, Taxonomy.load().ids());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** What {@code search --json} prints: the results, with the facets only when asked for. */
  @JsonPropertyOrder({"query", "total", "hits", "facets", "facetsEstimated"})
  record Output(String query, long total, List<Hit> hits,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<FacetCount>> facets,
      @JsonInclude(JsonInclude.Include.NON_NULL) Boolean facetsEstimated) {
    static Output of(SearchResults results, boolean withFacets) {
      return new Output(results.query(), results.total(), results.hits(),
          withFacets ? results.facets() : null, withFacets ? results.facetsEstimated() : null);
    }
  }

  private void printText(PrintWriter out, SearchResults results) {
    int rank = offset;
    for (Hit hit : results.hits()) {
      out.printf("%d. [%s] %s%s%n   id: %s  score: %.3f%n", ++rank, hit.kind(), hit.title(),
          describe(hit), hit.id(), hit.score());
      for (String passage : hit.highlights()) {
        out.println("   | " + Passages.plain(passage));
      }
    }
    for (Map.Entry<String, List<FacetCount>> facet : results.facets().entrySet()) {
      if (!facet.getValue().isEmpty()) {
        out.println(facet.getKey() + ": " + String.join(", ", facet.getValue().stream()
            .map(c -> c.value() + " (" + c.shown(results.facetsEstimated()) + ")").toList()));
      }
    }
    if (results.facetsEstimated()) {
      out.println("(facet counts estimated from a random sample of the " + results.total()
          + " matches)");
    }
  }

  private static String describe(Hit hit) {
    StringBuilder s = new StringBuilder();
    if (!hit.authors().isEmpty()) {
      s.append(" — ").append(String.join(", ", hit.authors()));
    }
    if (hit.venue() != null) {
      s.append(", ").append(hit.venue());
    }
    if (hit.year() != null) {
      s.append(" (").append(hit.year()).append(')');
    }
    if (hit.citedBy() > 0) {
      s.append(" · cited by ").append(hit.citedBy());
    }
    return s.toString();
  }
}
