package org.brimine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of a reference list, as extracted from a PDF, into one string per entry.
 *
 * <p>An entry starts at a line with a label ({@code [n]}, {@code ［n］}, {@code n.}) or, in a list
 * without labels, at a line that begins like an author-year entry after a line that ended one.
 * Lines of an entry are joined with one space, with none between two CJK characters or after
 * full-width punctuation; a hyphen at a line end is dropped only where it clearly splits a word.
 * Blank lines and lines holding only a page number are dropped. Labels are kept;
 * {@link ReferenceParser} strips them.
 *
 * <p>NOTE: without a dictionary a split word ("develop-/ment") cannot always be told from a
 * compound ("high-/speed"), so the hyphen is dropped only when the continuation is a common
 * word ending such as "ment" or "tion", and kept otherwise.
 */
public final class ReferenceListSplitter {

  private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*\\d{1,4}\\s*");
  private static final Pattern BRACKET_LABEL = Pattern.compile("^\\s*[\\[［]\\s*\\d{1,4}\\s*[\\]］]");
  private static final Pattern DOT_LABEL = Pattern.compile("^\\s*(\\d{1,3})[.．](?=\\s|\\S)");
  private static final Pattern AUTHOR_YEAR_START = Pattern.compile(
      "^\\p{Lu}[\\p{L}'’\\-]+(?:\\s\\p{Lu}[\\p{L}'’\\-]+)*,\\s(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\-]+\\b)"
          + "|^\\p{Lu}[^()]{0,150}\\(\\d{4}[a-z]?\\)");
  private static final Pattern ENTRY_END = Pattern.compile("(?:[.)]|\\S*/\\S*|\\d)\\s*$");
  private static final Pattern SPLIT_WORD = Pattern.compile("(?<![-/.:\\w])\\p{L}\\p{Ll}*$");
  private static final Pattern URL_TOKEN =
      Pattern.compile("(?i)^(?:https?://|www\\.|doi:)\\S*[^.]$");
  private static final Pattern URL_CONTINUATION = Pattern.compile("^[a-z0-9/_.%?=&#~-]");
  private static final Pattern WORD_ENDING = Pattern.compile(
      "^(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ing|ings|ance|ances|ence|ences|ical"
          + "|ically|ally|ive|ives|able|ible|ism|isms|ist|ists|ture|tures|ous|ial|ials|ation"
          + "|ations|ated|ates|ized|ised|ary|ory|ogy|ics|ent|ents|ant|ants|mic|mics|nomic"
          + "|nomics|ly)(?=[^\\p{L}]|$)");

  /** Splits the block into entries, one line each, in the order they stand. */
  public List<String> split(String block) {
    Objects.requireNonNull(block, "block");
    List<String> lines = new ArrayList<>();
    for (String line : block.split("\\R")) {
      String t = line.strip();
      if (!t.isEmpty() && !PAGE_NUMBER.matcher(t).matches()) {
        lines.add(t);
      }
    }
    boolean labelled = lines.stream().anyMatch(l -> BRACKET_LABEL.matcher(l).find()
        || DOT_LABEL.matcher(l).find());
    List<String> entries = new ArrayList<>();
    StringBuilder current = null;
    int lastNumber = 0;
    for (String line : lines) {
      boolean starts;
      if (labelled) {
        Matcher dot = DOT_LABEL.matcher(line);
        int number = dot.find() ? Integer.parseInt(dot.group(1)) : -1;
        // "12. " could also begin a continuation line, so a dotted label must count up.
        starts = BRACKET_LABEL.matcher(line).find()
            || number > 0 && (current == null || number == lastNumber + 1);
        if (number > 0 && starts) {
          lastNumber = number;
        }
      } else {
        starts = current == null || AUTHOR_YEAR_START.matcher(line).find()
            && ENTRY_END.matcher(current).find();
      }
      if (starts || current == null) {
        if (current != null) {
          entries.add(current.toString());
        }
        current = new StringBuilder(line);
      } else {
        join(current, line);
      }
    }
    if (current != null) {
      entries.add(current.toString());
    }
    return List.copyOf(entries);
  }

  /** Appends a continuation line to the entry so far. */
  private static void join(StringBuilder entry, String line) {
    int last = entry.length() - 1;
    if (isCjk(entry.charAt(last)) && isCjk(line.charAt(0)) || isFullWidth(entry.charAt(last))) {
      entry.append(line);
    } else if (entry.charAt(last) == '-' && splitsWord(entry, line)) {
      entry.setLength(last);
      entry.append(line);
    } else if (entry.charAt(last) == '-' || entry.charAt(last) == '/'
        || URL_TOKEN.matcher(lastToken(entry)).find() && URL_CONTINUATION.matcher(line).find()) {
      // A compound ("Jakarta-Bandung") or a broken URL continues without a space.
      entry.append(line);
    } else {
      entry.append(' ').append(line);
    }
  }

  /** Whether the hyphen ending the entry so far splits one word across the line break. */
  private static boolean splitsWord(StringBuilder entry, String line) {
    String lastToken = lastToken(entry.substring(0, entry.length() - 1));
    return SPLIT_WORD.matcher(lastToken).find() && !lastToken.contains("://")
        && WORD_ENDING.matcher(line).find();
  }

  private static String lastToken(CharSequence text) {
    String t = text.toString();
    return t.substring(t.lastIndexOf(' ') + 1);
  }

  private static boolean isCjk(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || isFullWidth(c);
  }

  /** Whether the char is CJK or full-width punctuation, which carries its own spacing. */
  private static boolean isFullWidth(char c) {
    return c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF';
  }
}
