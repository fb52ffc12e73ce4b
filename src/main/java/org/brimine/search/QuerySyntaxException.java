package org.brimine.search;

/**
 * A query that Lucene's query syntax cannot read. The message names the position of the error.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String query;
  private final int column;

  QuerySyntaxException(String query, int column, String reason, Throwable cause) {
    super("query syntax error at column " + column + " of '" + query + "': " + reason, cause);
    this.query = query;
    this.column = column;
  }

  /** The query as given. */
  public String query() {
    return query;
  }

  /** The 1-based column where the parser gave up. */
  public int column() {
    return column;
  }

  /** The query with a caret under the column of the error, on two lines. */
  public String pointer() {
    return query + "\n" + " ".repeat(Math.max(0, column - 1)) + "^";
  }
}
