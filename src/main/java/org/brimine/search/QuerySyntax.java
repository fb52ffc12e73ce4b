package org.brimine.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * How a typed query is read: in the full query syntax (the default), or as plain words, every
 * syntax character and operator taken as text, the forgiving reading offered when the syntax
 * cannot read a query ("Search for these words instead").
 */
public enum QuerySyntax {
  /** Lucene's query syntax: fields, "phrases", AND/OR/NOT, wildcards, ranges, boosts. */
  FULL("full"),
  /** Plain words: quotes, colons, brackets, operators and the rest are searched as text. */
  WORDS("words");

  /** An operator as a word of its own, which escaping its first letter makes a word. */
  private static final Pattern OPERATOR = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])(AND|OR|NOT)"
      + "(?![\\p{L}\\p{N}_])");

  private final String label;

  QuerySyntax(String label) {
    this.label = label;
  }

  /** The name of the mode as a parameter gives it: "full" or "words". */
  public String label() {
    return label;
  }

  /**
   * The mode with this name, in any case; blank or null is {@link #FULL}.
   *
   * @throws IllegalArgumentException quoting the name, when there is no such mode
   */
  public static QuerySyntax named(String name) {
    if (name == null || name.isBlank()) {
      return FULL;
    }
    for (QuerySyntax s : values()) {
      if (s.label.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException("syntax must be one of " + Arrays.stream(values())
        .map(QuerySyntax::label).collect(Collectors.joining(", ")) + ", got '" + name + "'");
  }

  /** The query in the full syntax that searches {@code typed} read this way. */
  public String query(String typed) {
    return this == FULL ? typed : words(typed);
  }

  /** The text with every syntax character and operator escaped: plain words. */
  static String words(String text) {
    return OPERATOR.matcher(QueryParser.escape(text)).replaceAll("\\\\$1");
  }
}
