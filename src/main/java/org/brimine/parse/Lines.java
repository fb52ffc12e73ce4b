package org.brimine.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits text into lines with offsets, and removes the lines a PDF extraction adds to a page:
 * page numbers alone on a line and running headers or footers.
 */
final class Lines {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("\\s*(?:[-–—]\\s*)?(?:\\d{1,4}|[ivxlc]{1,6})(?:\\s*[-–—])?\\s*",
          Pattern.CASE_INSENSITIVE);
  /** A short line seen this often is a running header or footer, not text. */
  private static final int RUNNING_HEADER_MIN_REPEATS = 3;
  private static final int RUNNING_HEADER_MAX_LENGTH = 100;

  private Lines() {}

  /** Splits text on \n, \r\n and \r, keeping each line's offset. */
  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new Line(text.substring(start, i), start));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(new Line(text.substring(start), start));
    }
    return lines;
  }

  /** Whether a line is only a page number (arabic or roman, possibly between dashes). */
  static boolean isPageNumber(Line line) {
    return !line.isBlank() && PAGE_NUMBER.matcher(line.text()).matches();
  }

  /**
   * Returns the lines without page numbers and running headers; a removed line becomes blank
   * so that paragraph breaks around it are kept.
   */
  static List<Line> withoutPageFurniture(List<Line> lines) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line line : lines) {
      String key = line.stripped();
      if (!key.isEmpty() && key.length() <= RUNNING_HEADER_MAX_LENGTH) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    List<Line> kept = new ArrayList<>(lines.size());
    for (Line line : lines) {
      boolean furniture = isPageNumber(line)
          || counts.getOrDefault(line.stripped(), 0) >= RUNNING_HEADER_MIN_REPEATS;
      kept.add(furniture ? new Line("", line.start()) : line);
    }
    return kept;
  }
}
