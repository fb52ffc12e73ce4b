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
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.brimine.index.Schema;
import org.brimine.search.FacetCount;
import org.brimine.search.Hit;
import org.brimine.search.QueryCheck;
import org.brimine.search.SearchBackend;
import org.brimine.search.SearchRequest;
import org.brimine.search.SearchResults;
import org.brimine.search.SortOrder;

/**
 * Searches a SolrCloud collection made with {@link Configset} as {@link
 * org.brimine.search.RecordSearcher} searches the local index: the query is checked by our
 * parser first (a mistake is told in the same words), then parsed again by Solr's extended
 * DisMax with the configset's defaults (see {@link ConfigXml} for where the two differ); the
 * typed filters become filter queries; hits carry the same fields, passages marked with
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
    String text = QueryCheck.checked(request.query(), themes);
    SolrQuery q = new SolrQuery();
    if (!text.isBlank()) {
      q.setQuery(text);
    }
    request.filters().clauses().forEach(q::addFilterQuery);
    q.setStart(request.offset());
    q.setRows(request.limit());
    q.setFields(Schema.ID, Schema.KIND, Schema.TITLE, Schema.AUTHOR, Schema.YEAR, Schema.VENUE,
        Schema.THEME, Schema.THEME_WEIGHT, Schema.CITED_BY, "score");
    sort(q, request.sort());
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
    QueryResponse response;
    try {
      response = client.query(q);
    } catch (SolrServerException | SolrException e) {
      throw new IOException("Solr could not search for '" + request.query() + "': "
          + e.getMessage(), e);
    }
    List<Hit> hits = new ArrayList<>();
    Map<String, Map<String, List<String>>> passages = response.getHighlighting();
    for (SolrDocument doc : response.getResults()) {
      String id = (String) doc.getFirstValue(Schema.ID);
      hits.add(hit(doc, passages == null ? Map.of() : passages.getOrDefault(id, Map.of())));
    }
    return new SearchResults(request.query(), response.getResults().getNumFound(), hits,
        request.facets() ? facets(response) : Map.of(), false);
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

  private static Map<String, List<FacetCount>> facets(QueryResponse response) {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String dim : Schema.FACETS) {
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
