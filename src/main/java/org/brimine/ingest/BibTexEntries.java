package org.brimine.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits BibTeX text into its entries, each with the line it starts on, so that each can be
 * parsed alone and a broken one costs only itself. As in BibTeX, an entry is {@code @type{...}}
 * or {@code @type(...)} with balanced braces, and text between entries is a comment (an
 * {@code @} in it that does not start an entry too).
 *
 * <p>NOTE: an entry whose braces never close would swallow the rest of the file. A line that
 * starts with {@code @type{} or {@code @type(} inside an entry is therefore taken as the start of
 * the next entry, and the open one as unclosed: field values almost never start a line that way.
 */
final class BibTexEntries {
  private static final Pattern HEADER = Pattern.compile("@([A-Za-z][\\w-]*)\\s*([{(])");
  private static final Pattern LINE_HEADER = Pattern.compile("[ \\t]*@[A-Za-z][\\w-]*[ \\t]*[{(]");
  private static final Pattern KEY = Pattern.compile("\\s*([^,\\s{}()\"]{1,60})");

  /**
   * One entry as found.
   *
   * @param line the line its {@code @} is on
   * @param type its type in lower case ("article", "string", "comment")
   * @param head how messages quote it: {@code @article{wang2017}
   * @param text its text, from {@code @} to the closing brace (an entry in parentheses is
   *     given in braces)
   * @param endedAt null when the entry was closed; otherwise the line where the next entry
   *     starts, or 0 when the file ended first
   */
  record Entry(int line, String type, String head, String text, Integer endedAt) {
    boolean closed() {
      return endedAt == null;
    }
  }

  private BibTexEntries() {}

  /** The entries of {@code text}, closed or not, in file order. */
  static List<Entry> split(String text) {
    List<Entry> entries = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      Matcher header = c == '@' ? HEADER.matcher(text).region(i, n) : null;
      if (header == null || !header.lookingAt()) {
        line += c == '\n' ? 1 : 0;
        i++;
        continue;
      }
      int start = i;
      int startLine = line;
      String type = header.group(1).toLowerCase(Locale.ROOT);
      boolean parens = header.group(2).equals("(");
      line += count(text, start, header.end());
      Matcher key = KEY.matcher(text).region(header.end(), n);
      String head = "@" + header.group(1) + header.group(2) + (key.lookingAt() ? key.group(1) : "");
      i = header.end();
      int depth = 0;
      boolean quoted = false;
      Integer endedAt = 0;
      while (i < n) {
        char d = text.charAt(i);
        if (d == '\n') {
          line++;
          if (LINE_HEADER.matcher(text).region(i + 1, n).lookingAt()) {
            endedAt = line;
            i++;
            break;
          }
        } else if (d == '{') {
          depth++;
        } else if (d == '}') {
          if (depth == 0 && !parens) {
            endedAt = null;
            i++;
            break;
          }
          depth = Math.max(0, depth - 1);
        } else if (parens && depth == 0 && d == '"') {
          quoted = !quoted;
        } else if (parens && depth == 0 && !quoted && d == ')') {
          endedAt = null;
          i++;
          break;
        }
        i++;
      }
      String body = text.substring(start, i).stripTrailing();
      if (parens && endedAt == null) {
        // JBibTeX reads only braces: @book(key, ...) becomes @book{key, ...}.
        int open = header.end() - start;
        body = body.substring(0, open - 1) + "{" + body.substring(open, body.length() - 1) + "}";
      }
      entries.add(new Entry(startLine, type, head, body, endedAt));
    }
    return entries;
  }

  private static int count(String text, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      lines += text.charAt(i) == '\n' ? 1 : 0;
    }
    return lines;
  }
}
