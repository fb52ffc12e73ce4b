package org.brimine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The byline of a Chinese paper: the line of author names under the title ("王明¹ 李华²",
 * "陈静1，赵国强2，周丽1", "王 明1, 李 华2"), and the title lines above it.
 *
 * <p>A line is a byline when, its footnote marks taken out, it holds only names of two to four
 * Han characters (a minority name may join its parts with ·) and either has footnote marks, or
 * holds more than one name, or stands just above an affiliation in brackets. A two-character name
 * letter-spaced as "王 明" is one name.
 *
 * @param index the index of the byline among the non-blank front lines
 * @param names the author names in order
 */
record Byline(int index, List<String> names) {
  /** Footnote marks after a name: digits (superscript or not, "1,2"), asterisks, daggers. */
  private static final Pattern MARKS = Pattern.compile(
      "[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,，][0-9¹²³⁴⁵⁶⁷⁸⁹⁰]+)*|[*＊†‡]");
  private static final Pattern SEPARATORS = Pattern.compile("[|,，、;；]+");
  private static final Pattern NAME = Pattern.compile("\\p{IsHan}[\\p{IsHan}·•]{1,9}");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
  private static final Pattern ISSUE = Pattern.compile(
      "第\\s*\\d+\\s*[卷期]|\\d{4}\\s*年\\s*第|Vol\\.\\s*\\d|No\\.\\s*\\d|\\d{4}\\s*年\\s*\\d{1,2}\\s*月");
  /** The byline is among the first lines: a title takes at most this many. */
  private static final int MAX_TITLE_LINES = 3;
  private static final int MAX_NAMES = 12;
  private static final int MAX_NAME_LENGTH = 4;

  /** The byline among the first non-blank front lines, or null when there is none. */
  static Byline find(List<Line> frontLines) {
    List<String> lines = frontLines.stream().map(Line::stripped).filter(s -> !s.isEmpty())
        .toList();
    for (int i = 1; i <= MAX_TITLE_LINES && i < lines.size(); i++) {
      String line = lines.get(i);
      List<String> names = names(line);
      boolean marked = !MARKS.matcher(line).replaceAll("").equals(line);
      boolean beforeAffiliation = i + 1 < lines.size() && lines.get(i + 1).matches("[（(].*");
      if (!names.isEmpty() && (marked || names.size() > 1 || beforeAffiliation)) {
        return new Byline(i, names);
      }
    }
    return null;
  }

  /**
   * The title: the non-blank front lines above the byline, joined as one Chinese line, but for a
   * journal's issue line above the title ("国际金融研究 2021年第4期", "Vol. 38 No. 4").
   */
  String title(List<Line> frontLines) {
    StringBuilder title = new StringBuilder();
    frontLines.stream().map(Line::stripped).filter(s -> !s.isEmpty()).limit(index)
        .filter(s -> !ISSUE.matcher(s).find())
        .forEach(s -> {
          boolean space = title.length() > 0 && !Reflow.isCjk(title.charAt(title.length() - 1))
              && !Reflow.isCjk(s.charAt(0));
          title.append(space ? " " : "").append(s);
        });
    return title.toString();
  }

  /** The names of a byline, or an empty list when the line is something else. */
  static List<String> names(String line) {
    List<String> names = new ArrayList<>();
    for (String part : SEPARATORS.split(MARKS.matcher(line).replaceAll("|"))) {
      String[] tokens = SPACES.split(part.strip());
      if (tokens.length == 1 && tokens[0].isEmpty()) {
        continue;
      }
      boolean spacedName = tokens.length <= 3 && tokens.length > 1
          && List.of(tokens).stream().allMatch(t -> t.length() == 1);
      for (String name : spacedName ? List.of(String.join("", tokens)) : List.of(tokens)) {
        if (!NAME.matcher(name).matches() || name.length() > MAX_NAME_LENGTH
            && name.indexOf('·') < 0) {
          return List.of();
        }
        names.add(name);
      }
    }
    return names.size() > MAX_NAMES ? List.of() : List.copyOf(names);
  }
}
