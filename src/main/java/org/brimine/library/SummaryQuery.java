package org.brimine.library;

/** The Lucene query of a summary's scope: a reviewer's query and a year range "A-B". */
public final class SummaryQuery {
  private SummaryQuery() {}

  /**
   * The query of a summary of the papers that match {@code query} (all when blank), in the years
   * given ("2015-2020", "2018", or null for all).
   *
   * @throws IllegalArgumentException when the years are neither A-B nor A (the message quotes them)
   */
  public static String of(String query, String years) {
    StringBuilder q = new StringBuilder(query == null || query.isBlank() ? "*:*" : "(" + query + ")");
    if (years != null) {
      if (!years.matches("\\d{4}-\\d{4}|\\d{4}")) {
        throw new IllegalArgumentException("--years must be A-B or A, such as 2015-2020, got '"
            + years + "'");
      }
      String[] ab = years.split("-");
      q.append(" AND year:[").append(ab[0]).append(" TO ").append(ab[ab.length - 1]).append(']');
    }
    return q.toString();
  }
}
