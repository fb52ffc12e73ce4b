package org.brimine.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines of a paper's keyword list as PDF extraction prints them, and the keywords they hold.
 *
 * <p>Two shapes: the keywords on the label's line ("Keywords: a; b; c", "Index Terms—a, b, c."),
 * going on to the next line only when a line ends with a separator or the next starts in lower
 * case; or the label alone and one keyword a line below it, as two-column journals print them.
 * Keywords are split on semicolons, middle dots and bullets (and their Chinese forms), or on
 * commas when the list has none of those.
 */
final class KeywordLines {
  /** More lines than this are not a keyword list. */
  private static final int MAX_LINES = 12;
  /** A line below a lone label with more words than this is text, unless it has separators. */
  private static final int MAX_LISTED_WORDS = 8;
  private static final String SEPARATORS = ";·•；、,，";
  private static final Pattern STRONG = Pattern.compile("[;·•；、]");
  private static final Pattern COMMAS = Pattern.compile("[,，]");

  private final boolean oneALine;
  private final List<String> lines = new ArrayList<>();

  /** @param oneALine true when the label stood alone, so each line below it is a keyword */
  KeywordLines(boolean oneALine) {
    this.oneALine = oneALine;
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  void add(String line) {
    lines.add(line.strip());
  }

  /** Whether a (non-blank, stripped) line goes on with the list. */
  boolean accepts(String line) {
    if (lines.size() >= MAX_LINES || line.isEmpty()) {
      return false;
    }
    boolean separated = line.chars().anyMatch(c -> SEPARATORS.indexOf(c) >= 0);
    if (oneALine && (lines.isEmpty() || !endsWithSeparator(last()))) {
      return separated || (line.split("\\s+").length <= MAX_LISTED_WORDS
          && ".?!。？！".indexOf(line.charAt(line.length() - 1)) < 0);
    }
    return !lines.isEmpty() && (endsWithSeparator(last()) || last().endsWith("-")
        || Character.isLowerCase(line.codePointAt(0)));
  }

  /** The keywords, in order, each once. */
  List<String> keywords() {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      if (text.length() > 0) {
        String before = text.toString();
        if (oneALine && !endsWithSeparator(before)) {
          text.append(STRONG.matcher(String.join("", lines)).find() ? "; " : ", ");
        } else if (before.endsWith("-") && Character.isLowerCase(line.codePointAt(0))) {
          text.setLength(text.length() - 1);
        } else {
          text.append(' ');
        }
      }
      text.append(line);
    }
    Pattern separator = STRONG.matcher(text).find() ? STRONG : COMMAS;
    Set<String> keywords = new LinkedHashSet<>();
    for (String part : separator.split(text)) {
      String keyword = part.strip().replaceAll("[.。]+$", "").strip();
      if (!keyword.isEmpty()) {
        keywords.add(keyword);
      }
    }
    return List.copyOf(keywords);
  }

  private String last() {
    return lines.get(lines.size() - 1);
  }

  private static boolean endsWithSeparator(String s) {
    return !s.isEmpty() && SEPARATORS.indexOf(s.charAt(s.length() - 1)) >= 0;
  }
}
