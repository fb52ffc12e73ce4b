package org.brimine.search;

/**
 * A user's query made ready for Lucene's classic parser: a slash is text, never the start of a
 * regular expression, and the colon of a URL ({@code http://...}) is not a field separator.
 * Keeps where each character came from, so that an error points at what the user typed.
 *
 * <p>NOTE: Lucene reads {@code /.../} as a regular expression, spaces included, so
 * {@code China/Laos railway} was an unterminated expression and {@code PPP/BOT/EPC} a regexp on
 * "BOT". Escaping every slash outside phrases and ranges gives up regular expressions, which
 * the English-stemmed text fields made of little use, for slashes that the literature writes
 * everywhere (PPP/BOT, EB/OL, China/Laos).
 */
final class QueryText {
  private final String text;
  /** For each character of {@link #text}, its index as typed; one more entry for the end. */
  private final int[] origin;

  private QueryText(String text, int[] origin) {
    this.text = text;
    this.origin = origin;
  }

  /** The query for the parser. */
  String text() {
    return text;
  }

  /** The query with its slashes (and URL colons) escaped. */
  static QueryText of(String typed) {
    StringBuilder out = new StringBuilder(typed.length() + 8);
    int[] origin = new int[2 * typed.length() + 1];
    boolean quoted = false;
    boolean range = false;
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c == '\\' && i + 1 < typed.length()) {
        // an escaped character stays as it is
        origin[out.length()] = i;
        out.append(c);
        origin[out.length()] = i + 1;
        out.append(typed.charAt(++i));
        continue;
      }
      if (c == '"' && !range) {
        quoted = !quoted;
      } else if (!quoted && (c == '[' || c == '{')) {
        range = true;
      } else if (!quoted && (c == ']' || c == '}')) {
        range = false;
      } else if (!quoted && !range && (c == '/' || c == ':' && typed.startsWith("//", i + 1))) {
        origin[out.length()] = i;
        out.append('\\');
      }
      origin[out.length()] = i;
      // one line, so that the parser's columns are indexes
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    origin[out.length()] = typed.length();
    return new QueryText(out.toString(), java.util.Arrays.copyOf(origin, out.length() + 1));
  }

  /** The 0-based index in the query as typed of this 0-based index in {@link #text}. */
  int typedIndex(int index) {
    return origin[Math.max(0, Math.min(index, origin.length - 1))];
  }
}
