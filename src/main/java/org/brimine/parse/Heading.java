package org.brimine.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line recognised as the start of a part of a paper.
 *
 * @param part what the line starts
 * @param number the section number as printed, or null
 * @param title the heading text without number and label
 * @param rest text that follows a label on the same line ("Abstract: The Belt and ...")
 */
record Heading(Part part, String number, String title, String rest) {

  /** The parts of a paper a heading can start. */
  enum Part { ABSTRACT, KEYWORDS, SECTION, REFERENCES }

  private static final Pattern LABELLED = Pattern.compile(
      "\\s*(abstract|summary|keywords?|key words|摘\\s*要|关键词)\\s*[:：.]?\\s*(.*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REFERENCES = Pattern.compile(
      "\\s*(?:\\d{1,2}\\.?\\s+)?(references?|bibliography|works cited|literature cited|参考文献)"
          + "\\s*[:：]?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBERED = Pattern.compile(
      "\\s*(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\s+(\\p{Lu}[^\\n]{1,160}?)\\s*");
  private static final Pattern UNNUMBERED = Pattern.compile(
      "\\s*(introduction|background|literature review|related work|methods?|methodology|data"
          + "|results|discussion|conclusions?|concluding remarks|acknowledge?ments?)\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_HEADING_WORDS = 20;

  /**
   * Reads a line as a heading.
   *
   * @param line the line's text
   * @param expectedTop the top-level section number that would come next
   * @return the heading, or null when the line is text
   */
  static Heading read(String line, int expectedTop) {
    Matcher m = REFERENCES.matcher(line);
    if (m.matches()) {
      return new Heading(Part.REFERENCES, null, m.group(1).strip(), "");
    }
    m = LABELLED.matcher(line);
    if (m.matches()) {
      String label = m.group(1).toLowerCase(Locale.ROOT).replace(" ", "");
      boolean keywords = label.startsWith("key") || label.equals("关键词");
      String rest = m.group(2).strip();
      // "Summary statistics show ..." is text: a label must stand alone or end with a colon.
      if (!rest.isEmpty() && !line.matches("\\s*\\S+(?:\\s+words)?\\s*[:：].*")) {
        return null;
      }
      return new Heading(keywords ? Part.KEYWORDS : Part.ABSTRACT, null, m.group(1), rest);
    }
    m = NUMBERED.matcher(line);
    if (m.matches() && looksLikeHeading(m.group(2))) {
      String number = m.group(1);
      int top = Integer.parseInt(number.split("\\.")[0]);
      boolean inSequence = number.contains(".") ? top == expectedTop - 1 : top == expectedTop;
      return inSequence ? new Heading(Part.SECTION, number, m.group(2).strip(), "") : null;
    }
    m = UNNUMBERED.matcher(line);
    if (m.matches()) {
      return new Heading(Part.SECTION, null, capitalise(m.group(1).strip()), "");
    }
    return null;
  }

  private static boolean looksLikeHeading(String title) {
    char last = title.charAt(title.length() - 1);
    return ".,;:".indexOf(last) < 0 && title.split("\\s+").length <= MAX_HEADING_WORDS;
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
