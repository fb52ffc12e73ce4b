package org.brimine.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.brimine.model.DataFiles;

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

  /** The labels of an abstract or keywords; "A B S T R A C T" is how letter-spaced ones print. */
  private static final Pattern LABELLED = Pattern.compile(
      "\\s*[【\\[［]?(abstract|a b s t r a c t|summary|keywords?|key\\s+words|index\\s+terms"
          + "|摘\\s*要|关\\s*键\\s*词|关键字)"
          + "\\s*([】\\]］]\\s*[:：]?|[:：.—–]+|-+(?=\\s)|\\s-+)?\\s*(.*)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REFERENCES = Pattern.compile(
      "\\s*(?:\\d{1,2}\\.?\\s+|[IVX]{1,5}\\.\\s+)?[【\\[［]?(references?|bibliography|works cited"
          + "|literature cited|(?:主要)?参考文献)[】\\]］]?\\s*[:：]?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBERED = Pattern.compile(
      "\\s*(\\d{1,2}(?:\\.\\d{1,2}){0,3})[.．]?\\s+((?:[\\p{Lu}\\p{IsHan}]|“(?=\\p{IsHan}))"
          + "[^\\n]{1,160}?)\\s*");
  private static final String ZH_DIGITS = "〇一二三四五六七八九十";
  /** Chinese headings: "一、引言", "（一）联合融资", "第一章 绪论", "第二节 数据". */
  private static final Pattern ZH_TOP = Pattern.compile(
      "\\s*([一二三四五六七八九十]{1,3})\\s*[、.．]\\s*(\\S[^\\n]{0,39}?)\\s*");
  private static final Pattern ZH_SUB = Pattern.compile(
      "\\s*([（(][一二三四五六七八九十]{1,3}[）)])\\s*(\\S[^\\n]{0,39}?)\\s*");
  private static final Pattern ZH_CHAPTER = Pattern.compile(
      "\\s*(第[一二三四五六七八九十\\d]{1,3}[章节])[\\s\\u3000]*(\\S[^\\n]{0,39}?)\\s*");
  /** IEEE style: "II. RELATED WORK", the heading in capitals. */
  private static final Pattern ROMAN = Pattern.compile(
      "\\s*([IVX]{1,5})\\.\\s+(\\p{Lu}[^\\p{Ll}\\n]{1,160}?)\\s*");
  private static final Pattern UNNUMBERED = Pattern.compile(
      "\\s*(introduction|background|literature review|related work|methods?|methodology|data"
          + "|results|discussion|conclusions?|concluding remarks|acknowledge?ments?)\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_HEADING_WORDS = 20;
  private static final int MAX_CHINESE_HEADING = 40;
  private static final Set<String> AFFILIATION_WORDS = wordList("affiliation-words.txt");

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
      String label = m.group(1);
      String key = label.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
      boolean keywords = key.startsWith("key") || key.equals("indexterms") || key.startsWith("关键");
      String rest = m.group(3).strip();
      // "Summary statistics show ..." is text: a label must stand alone, be followed by a colon,
      // a full stop or a dash, or be in capitals before text that is not ("ABSTRACT The ..."),
      // or, as Springer prints its bold labels, be "Abstract" before a capital or "Keywords"
      // before a list ("Abstract The Belt ...", "Keywords Belt and Road · Finance").
      boolean separated = m.group(2) != null;
      boolean capitalLabel = label.equals(label.toUpperCase(Locale.ROOT))
          && !label.equals(label.toLowerCase(Locale.ROOT)) && rest.matches(".*\\p{Ll}.*");
      boolean boldLabel = !rest.isEmpty() && Character.isUpperCase(label.codePointAt(0))
          && Character.isUpperCase(rest.codePointAt(0))
          && (key.equals("abstract") || keywords && rest.matches(".*\\p{L}\\s*[;·,]\\s*\\p{L}.*"));
      if (!rest.isEmpty() && !separated && !capitalLabel && !boldLabel) {
        return null;
      }
      return new Heading(keywords ? Part.KEYWORDS : Part.ABSTRACT, null, label, rest);
    }
    m = NUMBERED.matcher(line);
    if (m.matches() && looksLikeHeading(m.group(2))) {
      String number = m.group(1);
      int top = Integer.parseInt(number.split("\\.")[0]);
      boolean inSequence = number.contains(".") ? top == expectedTop - 1 : top == expectedTop;
      // Chinese journals of science and engineering number the introduction 0 ("0 引言")
      inSequence |= number.equals("0") && expectedTop == 1 && isChinese(m.group(2));
      return inSequence ? new Heading(Part.SECTION, number, m.group(2).strip(), "") : null;
    }
    Heading chinese = chinese(line, expectedTop);
    if (chinese != null) {
      return chinese;
    }
    m = ROMAN.matcher(line);
    if (m.matches() && looksLikeHeading(m.group(2)) && roman(m.group(1)) == expectedTop) {
      return new Heading(Part.SECTION, m.group(1), m.group(2).strip(), "");
    }
    m = UNNUMBERED.matcher(line);
    if (m.matches()) {
      return new Heading(Part.SECTION, null, capitalise(m.group(1).strip()), "");
    }
    return null;
  }

  /**
   * The top-level number of a numbered section ("2" of "2.1", 4 of "IV", 3 of "三" and of
   * "第三章"); 0 if unnumbered.
   */
  int top() {
    if (number == null) {
      return 0;
    }
    if (ZH_DIGITS.indexOf(number.charAt(0)) >= 0 || number.startsWith("第")) {
      return chineseNumber(number.replaceAll("[第章节]", ""));
    }
    return Character.isDigit(number.charAt(0)) ? Integer.parseInt(number.split("\\.")[0])
        : roman(number);
  }

  /**
   * Whether this heading starts a top-level section ("2", "IV", "三", "第三章"), not a
   * subsection ("2.1", "（三）", "第三节").
   */
  boolean isTopLevel() {
    return number != null && !number.contains(".") && !number.startsWith("（")
        && !number.startsWith("(") && !number.endsWith("节");
  }

  /** A heading numbered in Chinese, or null. A top-level one must come in sequence. */
  private static Heading chinese(String line, int expectedTop) {
    Matcher m = ZH_CHAPTER.matcher(line);
    if (m.matches() && looksLikeChineseHeading(m.group(2))) {
      Heading h = new Heading(Part.SECTION, m.group(1), m.group(2), "");
      return !h.isTopLevel() || h.top() == expectedTop ? h : null;
    }
    m = ZH_TOP.matcher(line);
    if (m.matches() && looksLikeChineseHeading(m.group(2))
        && chineseNumber(m.group(1)) == expectedTop) {
      return new Heading(Part.SECTION, m.group(1), m.group(2), "");
    }
    m = ZH_SUB.matcher(line);
    if (m.matches() && looksLikeChineseHeading(m.group(2))) {
      return new Heading(Part.SECTION, m.group(1).replace('(', '（').replace(')', '）'),
          m.group(2), "");
    }
    return null;
  }

  /** Whether a heading is in Chinese: a Han character first, or after an opening quote. */
  private static boolean isChinese(String title) {
    return title.codePoints().limit(2)
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** A Chinese heading is short and is no sentence or clause ("二、三十个，覆盖" is text). */
  private static boolean looksLikeChineseHeading(String title) {
    return title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
        == Character.UnicodeScript.HAN) && !title.matches(".*[。；;，,：:、].*");
  }

  /** The value of a Chinese numeral up to 99, or of arabic digits ("十二" is 12, "3" is 3). */
  static int chineseNumber(String numeral) {
    if (numeral.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(numeral);
    }
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      return ZH_DIGITS.indexOf(numeral.charAt(0));
    }
    int tens = ten == 0 ? 1 : ZH_DIGITS.indexOf(numeral.charAt(0));
    int units = ten == numeral.length() - 1 ? 0 : ZH_DIGITS.indexOf(numeral.charAt(ten + 1));
    return tens * 10 + units;
  }

  /** The value of a roman numeral written with I, V and X ("IV" is 4). */
  static int roman(String numeral) {
    int value = 0;
    for (int i = 0; i < numeral.length(); i++) {
      int digit = numeral.charAt(i) == 'X' ? 10 : numeral.charAt(i) == 'V' ? 5 : 1;
      boolean subtract = i + 1 < numeral.length() && numeral.charAt(i + 1) != 'I'
          && numeral.charAt(i) == 'I';
      value += subtract ? -digit : digit;
    }
    return value;
  }

  private static boolean looksLikeHeading(String title) {
    if (isChinese(title)) {
      return title.length() <= MAX_CHINESE_HEADING && looksLikeChineseHeading(title);
    }
    char last = title.charAt(title.length() - 1);
    return ".,;:".indexOf(last) < 0 && title.split("\\s+").length <= MAX_HEADING_WORDS
        && !isAffiliation(title);
  }

  /** "School of Economics, Fudan University, Shanghai": an affiliation after its footnote mark. */
  private static boolean isAffiliation(String title) {
    if (title.indexOf(',') < 0) {
      return false;
    }
    for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (AFFILIATION_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> wordList(String resource) {
    return DataFiles.entries(Heading.class, resource).stream()
        .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
