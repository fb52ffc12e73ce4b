package org.brimine.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.brimine.index.Schema;
import org.brimine.search.FacetCount;
import org.brimine.search.FacetValues;
import org.brimine.search.Hit;
import org.brimine.search.ProximityPairs;
import org.brimine.search.QueryCheck;
import org.brimine.search.Ranking;
import org.brimine.search.SearchBackend;
import org.brimine.search.SearchRequest;
import org.brimine.search.SearchResults;
import org.brimine.search.SortOrder;
import org.brimine.search.WordPair;

/**
 * Searches a SolrCloud collection made with {@link Configset} as {@link
 * org.brimine.search.RecordSearcher} searches the local index: the query is checked by our
 * parser first (a mistake is told in the same words), then parsed again by Solr's extended
 * DisMax with the configset's defaults (see {@link ConfigXml} for where the two differ); the
 * typed filters become filter queries; a search by relevance is re-ranked by the proximity
 * bonus (a rerank query); hits carry the same fields, passages marked with
 * {@code <mark>} from the title, abstract and body, and the same facet dimensions.
 *
 * <p>Facet counts are exact (Solr counts every match), so the results never say they are
 * estimated. A record's "cited by" is what the push sent.
 */
public final class SolrSearcher implements SearchBackend {
  /** Passages per field, as the local highlighter takes them, and how many a hit shows. */
  private static final Map<String, Integer> PASSAGES =
      Map.of(Schema.TITLE, 1, Schema.ABSTRACT, 1, Schema.BODY, 2);
  private static final List<String> PASSAGE_FIELDS =
      List.of(Schema.TITLE, Schema.ABSTRACT, Schema.BODY);
  private static final int MAX_SHOWN = 3;
  private static final int TOP_THEMES = 3;
  private static final int TOP_VALUES = 10;

  /** The ranking of {@link Configset#DEFAULT}: the proximity bonus's slop and weights. */
  private static final Ranking RANKING = Configset.DEFAULT.ranking();

  private final CloudSolrClient client;
  private final Set<String> themes;

  /**
   * A searcher of the collection at {@code where} ({@link SolrConnection} says what it may be).
   *
   * @param themes the theme ids a {@code theme:} clause may name (the taxonomy's)
   */
  public SolrSearcher(String where, String collection, Set<String> themes) {
    this.client = SolrConnection.open(where, collection);
    this.themes = Set.copyOf(themes);
  }

  @Override
  public SearchResults search(SearchRequest request) throws IOException {
    if (request.after() != null) {
      throw new IllegalArgumentException("a cursor pages the local index only; a SolrCloud "
          + "collection is paged by offset (page), got cursor '" + request.after().token() + "'");
    }
    String text = QueryCheck.checked(request.query(), themes);
    SolrQuery q = matches(text, request);
    q.setStart(request.offset());
    q.setRows(request.limit());
    q.setFields(Schema.ID, Schema.KIND, Schema.TITLE, Schema.AUTHOR, Schema.YEAR, Schema.VENUE,
        Schema.THEME, Schema.THEME_WEIGHT, Schema.CITED_BY, "score");
    sort(q, request.sort());
    if (!text.isBlank() && request.sort() == SortOrder.RELEVANCE) {
      rerank(q, request.query());
    }
    if (!text.isBlank()) {
      q.setHighlight(true);
      q.set("hl.fl", String.join(",", PASSAGE_FIELDS));
      PASSAGES.forEach((f, n) -> q.set("f." + f + ".hl.snippets", n));
    }
    if (request.facets()) {
      q.setFacet(true);
      q.setFacetLimit(TOP_VALUES);
      for (String dim : Schema.FACETS) {
        q.addFacetField("{!key=" + dim + "}" + SolrFields.facetField(dim));
      }
    }
    QueryResponse response = query(q, request.query());
    List<Hit> hits = new ArrayList<>();
    Map<String, Map<String, List<String>>> passages = response.getHighlighting();
    for (SolrDocument doc : response.getResults()) {
      String id = (String) doc.getFirstValue(Schema.ID);
      hits.add(hit(doc, passages == null ? Map.of() : passages.getOrDefault(id, Map.of())));
    }
    return new SearchResults(request.query(), response.getResults().getNumFound(), hits,
        request.facets() ? facets(response, Schema.FACETS) : Map.of(), false);
  }

  @Override
  public void check(String queryText) {
    QueryCheck.checked(queryText, themes);
  }

  @Override
  public Set<String> themes() {
    return themes;
  }

  @Override
  public List<FacetCount> allFacetValues(SearchRequest request, String dimension)
      throws IOException {
    if (!Schema.FACETS.contains(dimension)) {
      throw new IllegalArgumentException("no facet '" + dimension + "'; the facets are "
          + String.join(", ", Schema.FACETS));
    }
    SolrQuery q = matches(QueryCheck.checked(request.query(), themes), request);
    q.setRows(0);
    q.setFacet(true);
    q.setFacetLimit(FacetValues.MAX);
    q.addFacetField("{!key=" + dimension + "}" + SolrFields.facetField(dimension));
    return facets(query(q, request.query()), List.of(dimension)).get(dimension);
  }

  /**
   * The records a request matches: its query, as our parser reads it with its theme clauses
   * ranked by the theme's weight ({@link ThemeClauses}), and its filters. With no words, a theme
   * filter ranks its papers by the theme's weight, as the local search does.
   */
  private static SolrQuery matches(String text, SearchRequest request) {
    SolrQuery q = new SolrQuery();
    if (!text.isBlank()) {
      q.setQuery(ThemeClauses.rewrite(text));
    } else if (request.filters().theme() != null) {
      q.setQuery(ThemeClauses.rank(request.filters().theme()));
    }
    request.filters().clauses().forEach(q::addFilterQuery);
    return q;
  }

  private QueryResponse query(SolrQuery q, String typed) throws IOException {
    try {
      return client.query(q);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("Solr could not search for '" + typed + "': " + e.getMessage(), e);
    }
  }

  /**
   * Adds the proximity bonus as Solr's rerank query, as {@link org.brimine.search.RecordSearcher}
   * re-ranks: the collection's top {@link ProximityPairs#WINDOW} records by BM25 get the bonus
   * (the word pairs' sloppy phrases, {@code reRankWeight=1}: score plus bonus where a pair
   * matches), the rest keep their scores. Each shard re-ranks its own top records, so the bonus
   * is kept to the collection's top, found first by one more search of ids: a record past it
   * but in its own shard's top would otherwise gain a bonus the local search never gives it.
   */
  private void rerank(SolrQuery q, String typed) throws IOException {
    List<WordPair> pairs = ProximityPairs.of(typed, RANKING, themes);
    if (pairs.isEmpty()) {
      return;
    }
    SolrQuery first = q.getCopy();
    first.setStart(0);
    first.setRows(ProximityPairs.WINDOW);
    first.setFields(Schema.ID);
    List<String> window = new ArrayList<>();
    for (SolrDocument doc : query(first, typed).getResults()) {
      window.add(ClientUtils.escapeQueryChars((String) doc.getFirstValue(Schema.ID)));
    }
    if (window.isEmpty()) {
      return;
    }
    q.set("rq", "{!rerank reRankQuery=$rrq reRankDocs=" + ProximityPairs.WINDOW
        + " reRankWeight=1}");
    q.set("rrq", "{!bool filter=$rrwindow should=$rrpairs}");
    q.set("rrwindow", Schema.ID + ":(" + String.join(" OR ", window) + ")");
    List<String> phrases = new ArrayList<>();
    for (WordPair p : pairs) {
      phrases.add(p.field() + ":\"" + p.first() + " " + p.second() + "\"~"
          + RANKING.proximity().slop() + "^"
          + new java.math.BigDecimal(Float.toString(p.weight())).toPlainString());
    }
    q.set("rrpairs", String.join(" ", phrases));
  }

  private static void sort(SolrQuery q, SortOrder order) {
    switch (order) {
      case NEWEST -> q.setSort(Schema.YEAR, SolrQuery.ORDER.desc);
      case OLDEST -> q.setSort(Schema.YEAR, SolrQuery.ORDER.asc);
      case CITED -> q.setSort(Schema.CITED_BY, SolrQuery.ORDER.desc);
      default -> {
        return;
      }
    }
    q.addSort("score", SolrQuery.ORDER.desc);
    q.addSort(Schema.ID, SolrQuery.ORDER.asc);
  }

  private static Hit hit(SolrDocument doc, Map<String, List<String>> passages) {
    List<String> shown = new ArrayList<>();
    for (String f : PASSAGE_FIELDS) {
      for (String p : passages.getOrDefault(f, List.of())) {
        if (shown.size() < MAX_SHOWN) {
          // one mark over matches that touch, as the local passages (MarkedWords): 资金融通 is
          // the words 资金 and 融通, marked as one
          shown.add(p.replace(Hit.MARK_END + Hit.MARK_START, ""));
        }
      }
    }
    List<String> themeIds = strings(doc.getFieldValues(Schema.THEME));
    Collection<Object> weights = doc.getFieldValues(Schema.THEME_WEIGHT);
    List<Hit.HitTheme> top = new ArrayList<>();
    if (weights != null) {
      List<Object> w = List.copyOf(weights);
      for (int i = 0; i < Math.min(TOP_THEMES, Math.min(themeIds.size(), w.size())); i++) {
        top.add(new Hit.HitTheme(themeIds.get(i), ((Number) w.get(i)).doubleValue()));
      }
    }
    Object year = doc.getFirstValue(Schema.YEAR);
    Object citedBy = doc.getFirstValue(Schema.CITED_BY);
    Object score = doc.getFirstValue("score");
    return new Hit((String) doc.getFirstValue(Schema.ID), (String) doc.getFirstValue(Schema.KIND),
        (String) doc.getFirstValue(Schema.TITLE), strings(doc.getFieldValues(Schema.AUTHOR)),
        year == null ? null : ((Number) year).intValue(),
        (String) doc.getFirstValue(Schema.VENUE),
        score == null ? 0f : ((Number) score).floatValue(), shown, top,
        citedBy == null ? 0 : ((Number) citedBy).intValue());
  }

  private static List<String> strings(Collection<Object> values) {
    return values == null ? List.of() : values.stream().map(String::valueOf).toList();
  }

  private static Map<String, List<FacetCount>> facets(QueryResponse response,
      List<String> dimensions) {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String dim : dimensions) {
      FacetField field = response.getFacetField(dim);
      List<FacetCount> counts = new ArrayList<>();
      if (field != null && field.getValues() != null) {
        field.getValues().forEach(c -> counts.add(new FacetCount(c.getName(), c.getCount())));
      }
      facets.put(dim, counts);
    }
    return facets;
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
