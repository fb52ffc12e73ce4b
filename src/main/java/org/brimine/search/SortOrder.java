package org.brimine.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.brimine.index.Schema;

/**
 * The orders a search's hits come in. Ties fall to relevance, then to the record id, so that
 * every page of one search is cut from the same order.
 */
public enum SortOrder {
  /** Best match first: BM25 with what {@link Ranking} adds. */
  RELEVANCE("relevance"),
  /** Latest year first; records without a year last. */
  NEWEST("newest"),
  /** Earliest year first; records without a year last. */
  OLDEST("oldest"),
  /** Most cited first: the papers of the index that cite the record ({@link Schema#CITED_BY}). */
  CITED("cited");

  private final String label;

  SortOrder(String label) {
    this.label = label;
  }

  /** The name users type: "relevance", "newest", "oldest", "cited". */
  public String label() {
    return label;
  }

  /**
   * The order with this name, in any case; blank or null is relevance.
   *
   * @throws IllegalArgumentException naming the orders, when there is none of that name
   */
  public static SortOrder named(String name) {
    if (name == null || name.isBlank()) {
      return RELEVANCE;
    }
    for (SortOrder o : values()) {
      if (o.label.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return o;
      }
    }
    throw new IllegalArgumentException("sort must be one of " + Arrays.stream(values())
        .map(SortOrder::label).collect(Collectors.joining(", ")) + ", got '" + name + "'");
  }

  /** The Lucene sort of this order; null for relevance, which {@link Ranker} ranks. */
  Sort sort() {
    SortField first;
    switch (this) {
      case NEWEST -> {
        // INT as the year's point is: the sort skips by it
        first = new SortField(Schema.YEAR, SortField.Type.INT, true);
        first.setMissingValue(Integer.MIN_VALUE);
      }
      case OLDEST -> {
        first = new SortField(Schema.YEAR, SortField.Type.INT, false);
        first.setMissingValue(Integer.MAX_VALUE);
      }
      case CITED -> {
        first = new SortField(Schema.CITED_BY, SortField.Type.LONG, true);
        first.setMissingValue(0L);
      }
      default -> {
        return null;
      }
    }
    return new Sort(first, SortField.FIELD_SCORE, new SortField(Schema.ID, SortField.Type.STRING));
  }
}
