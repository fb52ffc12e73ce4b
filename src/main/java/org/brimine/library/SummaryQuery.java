package org.brimine.library;

import org.brimine.cli.UsageException;

/** The Lucene query of a summary's scope: a reviewer's query and a year range "A-B". */
public final class SummaryQuery {
  private SummaryQuery() {}

  public static String of(String query, String years) {
    StringBuilder q = new StringBuilder(query == null || query.isBlank() ? "*:*" : "(" + query + ")");
    if (years != null) {
      if (!years.matches("\\d{4}-\\d{4}|\\d{4}")) {
        throw new UsageException("--years must be A-B or A, such as 2015-2020, got '"
            + years + "'");
      }
      String[] ab = years.split("-");
      q.append(" AND year:[").append(ab[0]).append(" TO ").append(ab[ab.length - 1]).append(']');
    }
    return q.toString();
  }
}
