package org.brimine.solr;

import java.util.Locale;
import java.util.regex.Pattern;
import org.brimine.search.QueryCheck;

/**
 * Rewrites the {@code theme:} clauses of a checked query ({@link QueryCheck#checked}) for Solr:
 * locally a theme filters and ranks the records that carry it by the theme's weight in them (a
 * FeatureField saturation query); in the collection each becomes the {@code rank} query parser
 * on the theme's rank field ({@link SolrFields#themeRank}) with the same function, weight and
 * pivot, which matches exactly the records that carry the theme (each has the feature) and
 * scores them the same. Quoted phrases, ranges and escaped characters are left as they are;
 * {@code theme:"id"} and {@code theme:(a OR b)} are rewritten like {@code theme:id}.
 *
 * <p>NOTE: a group with nested parentheses after {@code theme:}, and a value that is not a plain
 * theme id ({@code theme:fin*}, a wildcard the local index reads as a filter over ids), are left
 * plain filters: only an id may stand in the rank query's local parameters.
 */
final class ThemeClauses {
  private static final String FIELD = "theme:";
  /** A theme id as the taxonomy writes them ("unimpeded-trade"), any case. */
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_-]+");

  private ThemeClauses() {}

  /** The query with each theme clause as a rank query. */
  static String rewrite(String text) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    boolean quoted = false;
    boolean range = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '"' && !range) {
        quoted = !quoted;
      } else if (!quoted && (c == '[' || c == '{')) {
        range = true;
      } else if (!quoted && (c == ']' || c == '}')) {
        range = false;
      } else if (!quoted && !range && startsClause(text, i)) {
        i = clause(text, i + FIELD.length(), out);
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /**
   * The rank query of one theme id.
   *
   * @throws IllegalArgumentException when it is not a plain id, quoting it: nothing else may
   *     stand in the query's local parameters
   */
  static String rank(String theme) {
    if (!ID.matcher(theme.strip()).matches()) {
      throw new IllegalArgumentException("not a theme id: '" + theme + "'");
    }
    return "_query_:\"{!rank f='" + SolrFields.themeRank(theme.strip().toLowerCase(Locale.ROOT))
        + "' function=satu weight=1 pivot=" + QueryCheck.THEME_PIVOT + "}\"";
  }

  private static boolean startsClause(String text, int i) {
    if (!text.regionMatches(true, i, FIELD, 0, FIELD.length())) {
      return false;
    }
    return i == 0 || Character.isWhitespace(text.charAt(i - 1))
        || "(+-!".indexOf(text.charAt(i - 1)) >= 0;
  }

  /** Writes the clause whose value starts at {@code from}; returns where the text goes on. */
  private static int clause(String text, int from, StringBuilder out) {
    if (from >= text.length()) {
      out.append(text, from - FIELD.length(), from);
      return from;
    }
    char first = text.charAt(from);
    if (first == '"') {
      int end = text.indexOf('"', from + 1);
      if (end < 0) {
        out.append(text, from - FIELD.length(), from);
        return from;
      }
      String value = text.substring(from + 1, end);
      out.append(ID.matcher(value.strip()).matches() ? rank(value)
          : text.substring(from - FIELD.length(), end + 1));
      return end + 1;
    }
    if (first == '(') {
      int end = text.indexOf(')', from);
      String inner = end < 0 ? "" : text.substring(from + 1, end);
      if (end < 0 || inner.indexOf('(') >= 0 || inner.indexOf('\\') >= 0) {
        out.append(text, from - FIELD.length(), from);
        return from;
      }
      out.append('(').append(group(inner)).append(')');
      return end + 1;
    }
    int end = from;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))
        && ")^~".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String value = text.substring(from, end);
    // theme:zz~ is fuzzy over the ids locally: a plain filter here too
    boolean fuzzy = end < text.length() && text.charAt(end) == '~';
    out.append(ID.matcher(value).matches() && !fuzzy ? rank(value)
        : text.substring(from - FIELD.length(), end));
    return end;
  }

  /** The values of {@code theme:(...)}, each a rank query, the operators as they are. */
  private static String group(String inner) {
    StringBuilder out = new StringBuilder();
    for (String token : inner.strip().split("\\s+")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      if (token.isEmpty() || token.matches("AND|OR|NOT|&&|\\|\\|")) {
        out.append(token);
        continue;
      }
      int start = 0;
      while (start < token.length() && "+-!".indexOf(token.charAt(start)) >= 0) {
        start++;
      }
      String value = token.substring(start).replace("\"", "");
      // a value that is not an id stays a term of the theme field
      out.append(token, 0, start).append(ID.matcher(value).matches() ? rank(value)
          : FIELD + value);
    }
    return out.toString();
  }
}
