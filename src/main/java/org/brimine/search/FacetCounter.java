package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.brimine.index.Schema;

/**
 * Counts facet values (kind, year, venue, type, author, ...) over all records that match a
 * query, from the sorted-set doc values the index keeps for each dimension.
 *
 * <p>NOTE: the reader state maps ordinals to labels and is costly to build on a large index, so
 * it is kept for the reader it was built on and rebuilt only when the reader changes.
 */
final class FacetCounter {
  private static final int TOP_VALUES = 10;

  private record CachedState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private volatile CachedState cached;

  /** The top values of every facet dimension among the records the collector gathered. */
  Map<String, List<FacetCount>> count(IndexSearcher searcher, FacetsCollector collector)
      throws IOException {
    SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
    Map<String, List<FacetCount>> result = new LinkedHashMap<>();
    if (state == null) {
      return result;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : Schema.FACETS) {
      List<FacetCount> counts = new ArrayList<>();
      FacetResult top = facets.getTopChildren(TOP_VALUES, dim);
      if (top != null) {
        for (LabelAndValue lv : top.labelValues) {
          counts.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      result.put(dim, counts);
    }
    return result;
  }

  private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    CachedState current = cached;
    if (current != null && current.reader() == reader) {
      return current.state();
    }
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, Schema.facetsConfig());
    } catch (IllegalArgumentException e) {
      // An index without any facet values yet (empty) has no facet field to read.
      return null;
    }
    cached = new CachedState(reader, state);
    return state;
  }
}
