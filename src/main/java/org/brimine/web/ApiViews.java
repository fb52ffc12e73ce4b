package org.brimine.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.brimine.library.ScienceMaps;
import org.brimine.maps.BurstReport;
import org.brimine.maps.ClusterTimeline;
import org.brimine.maps.MapKind;
import org.brimine.maps.ScienceMap;
import org.brimine.search.FacetCount;
import org.brimine.search.Hit;
import org.brimine.search.SearchResults;
import org.brimine.themes.ThemeDefinition;

/** The JSON views of the API that are not records of the stages themselves. */
final class ApiViews {
  private ApiViews() {}

  /**
   * An answer of {@code /api/search}: the results, then the search as one query in the query
   * syntax and the page asked for.
   *
   * @param query the query as typed ({@code q})
   * @param lucene the whole search, filters included, in the query syntax
   * @param cursor the token for the page after this one ({@code cursor=}); absent on the last
   */
  @JsonPropertyOrder({"query", "total", "hits", "facets", "facetsEstimated", "lucene", "page",
      "size", "cursor"})
  record SearchPage(String query, long total, List<Hit> hits,
      Map<String, List<FacetCount>> facets, boolean facetsEstimated, String lucene, int page,
      int size, @JsonInclude(JsonInclude.Include.NON_NULL) String cursor) {
    static SearchPage of(SearchResults results, SearchParams p) {
      return new SearchPage(p.q(), results.total(), results.hits(), results.facets(),
          results.facetsEstimated(), p.luceneQuery(), p.page(), p.size(),
          results.next() == null ? null : results.next().token());
    }
  }

  /** A theme of the taxonomy as {@code /api/themes} lists it, without its terms. */
  @JsonPropertyOrder({"id", "label", "group", "description"})
  record Theme(String id, String label, String group, String description) {
    static Theme of(ThemeDefinition t) {
      return new Theme(t.id(), t.label(), t.group(), t.description());
    }
  }

  /** The body of every API error. */
  @JsonPropertyOrder({"error", "detail"})
  record Error(String error, String detail) {}

  /**
   * An answer of {@code /api/map}: the map as {@code bri map --format json} writes it, each node
   * with the link that narrows the search to it, and the timeline of its clusters.
   *
   * @param papers how many papers the map was drawn from
   * @param modularity the clustering's modularity, or null when not a number
   * @param silhouette the nodes' mean silhouette, or null when not a number
   */
  @JsonPropertyOrder({"kind", "papers", "nodes", "edges", "clusters", "modularity", "silhouette",
      "timeline"})
  record MapPage(String kind, int papers, List<MapNode> nodes, List<ScienceMap.Edge> edges,
      List<ScienceMap.Cluster> clusters, Double modularity, Double silhouette,
      ClusterTimeline timeline) {
    /**
     * The view of a map drawn from the search {@code p}.
     *
     * @param labels the labels shown for node ids, where they differ (theme labels)
     */
    static MapPage of(MapKind kind, ScienceMaps.Drawn drawn, SearchParams p,
        Map<String, String> labels) {
      ScienceMap map = drawn.map();
      List<MapNode> nodes = map.nodes().stream().map(n -> new MapNode(n.id(),
          labels.getOrDefault(n.id(), n.label()), n.weight(), n.cluster(), n.year(),
          MapLinks.href(kind, n, p))).toList();
      return new MapPage(map.kind(), drawn.papers(), nodes, map.edges(), map.clusters(),
          finite(map.modularity()), finite(map.silhouette()), drawn.timeline());
    }
  }

  /** A node of {@link MapPage}: a node of the map and where a click on it leads. */
  @JsonPropertyOrder({"id", "label", "weight", "cluster", "year", "href"})
  record MapNode(String id, String label, int weight, int cluster, Integer year, String href) {}

  /** An answer of {@code /api/bursts}: {@code bri bursts --json}, each term with its label. */
  @JsonPropertyOrder({"field", "bursts"})
  record BurstPage(String field, List<Burst> bursts) {
    /**
     * The first {@code limit} bursts of the report (0: all).
     *
     * @param label the label shown for a term (a reference's title, a theme's label)
     */
    static BurstPage of(BurstReport report, int limit, Function<String, String> label) {
      return new BurstPage(report.field(), shown(report, limit).stream().map(b -> new Burst(
          b.term(), label.apply(b.term()), b.start(), b.end(), b.strength())).toList());
    }

    /** The first {@code limit} bursts of the report (0: all). */
    static List<BurstReport.Burst> shown(BurstReport report, int limit) {
      return limit == 0 || report.bursts().size() <= limit ? report.bursts()
          : report.bursts().subList(0, limit);
    }
  }

  /** A burst of {@link BurstPage}. */
  @JsonPropertyOrder({"term", "label", "start", "end", "strength"})
  record Burst(String term, String label, int start, int end, double strength) {}

  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }
}
