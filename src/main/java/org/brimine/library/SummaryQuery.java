package org.brimine.library;

import org.brimine.search.SearchFilters;

/** The filters of a summary's scope besides the reviewer's query: a year range "A-B" or "A". */
public final class SummaryQuery {
  private SummaryQuery() {}

  /**
   * The papers of these years; every paper for null.
   *
   * @throws IllegalArgumentException when the years are neither A-B nor A, or A is after B (the
   *     message quotes them)
   */
  public static SearchFilters of(String years) {
    if (years == null) {
      return SearchFilters.NONE;
    }
    if (!years.matches("\\d{4}-\\d{4}|\\d{4}")) {
      throw new IllegalArgumentException("--years must be A-B or A, such as 2015-2020, got '"
          + years + "'");
    }
    String[] ab = years.split("-");
    int from = Integer.parseInt(ab[0]);
    int to = Integer.parseInt(ab[ab.length - 1]);
    if (from > to) {
      throw new IllegalArgumentException("--years must be A-B with A not after B, got '"
          + years + "'");
    }
    return SearchFilters.NONE.withYears(from, to);
  }
}
