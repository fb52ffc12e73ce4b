package org.brimine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled metadata lines of a Chinese journal article: 中图分类号, 文献标识码 and 文章编号
 * under the keywords, and the footnotes of the first page (基金项目, 收稿日期, 作者简介,
 * 通信作者), which PDF extraction prints in the middle of the text, before the page number.
 * They are notes about the paper, not its text.
 *
 * <p>A line may hold several notes ("中图分类号：F831　　文献标识码：A"); each is cut out on its
 * own. A note runs on to the next line when its line is as long as the lines of full text (it
 * was wrapped) or ends with a comma, unless the next line starts another note or is blank.
 */
final class NoteLines {
  private static final String LABELS = "中图分类号|中图法分类号|文献标识码|文献标志码|文章编号|基金项目"
      + "|收稿日期|修回日期|录用日期|网络出版时间|网络首发时间|作者简介|第一作者简介|通信作者|通讯作者";
  /**
   * A label at the start of a line, with its separator: "基金项目：", "【中图分类号】", "[文章编号]";
   * or the footnote of the author marked with an asterisk ("*通信作者").
   */
  private static final Pattern START = Pattern.compile(
      "\\s*(?:[【\\[［](?:" + LABELS + ")[】\\]］]|(?:" + LABELS + ")\\s*[:：]"
          + "|[*＊]\\s*(?:通信作者|通讯作者)).*");
  /** A further label on the same line, after some space. */
  private static final Pattern NEXT = Pattern.compile(
      "[\\s\\u3000]+(?=[【\\[［]?(?:" + LABELS + ")(?:[】\\]］]|\\s*[:：]))");
  /**
   * The year in an article number, ISSN then (year) then issue and pages:
   * "文章编号：1000-8306(2021)05-0012-08".
   */
  private static final Pattern ARTICLE_NUMBER_YEAR = Pattern.compile(
      "文章编号[】\\]］]?\\s*[:：]?\\s*\\d{4}\\s*[-－]\\s*\\d{3}[\\dXx]"
          + "\\s*[（(]\\s*((?:19|20)\\d{2})\\s*[)）]");
  /** The year of the date received: "收稿日期：2020-11-03", "收稿日期：2020年11月3日". */
  private static final Pattern RECEIVED_YEAR = Pattern.compile(
      "收稿日期[】\\]］]?\\s*[:：]?\\s*((?:19|20)\\d{2})\\s*[-－年./／]");
  /** A line at least this share of the usual full line is taken as wrapped. */
  private static final double WRAPPED_SHARE = 0.9;

  private final List<Line> lines;
  /** How long a line of full text is, learnt when the first note is met; 0 until then. */
  private int fullLine;

  /**
   * @param lines all lines of the paper, to learn how long a line of full text is: the median
   *     length of the Chinese lines of more than ten characters (an English line holds more)
   */
  NoteLines(List<Line> lines) {
    this.lines = lines;
  }

  private int fullLine() {
    if (fullLine == 0) {
      int[] lengths = lines.stream().map(Line::stripped)
          .filter(s -> s.length() > 10)
          .filter(s -> LanguageDetector.CHINESE.equals(LanguageDetector.detect(s)))
          .mapToInt(String::length).sorted().toArray();
      fullLine = lengths.length == 0 ? Integer.MAX_VALUE : lengths[lengths.length / 2];
    }
    return fullLine;
  }

  /**
   * The year of publication that the notes give: the article number's (文章编号), else the year
   * the paper was received (收稿日期), else null.
   */
  static Integer year(List<List<Line>> notes) {
    for (Pattern pattern : List.of(ARTICLE_NUMBER_YEAR, RECEIVED_YEAR)) {
      for (List<Line> note : notes) {
        for (Line line : note) {
          Matcher m = pattern.matcher(line.text());
          if (m.find()) {
            return Integer.valueOf(m.group(1));
          }
        }
      }
    }
    return null;
  }

  /** Whether the line starts a note. */
  static boolean starts(Line line) {
    return START.matcher(line.text()).matches();
  }

  /** The notes a starting line holds, one line each, with their offsets. */
  static List<Line> split(Line line) {
    List<Line> notes = new ArrayList<>();
    String text = line.text();
    Matcher m = NEXT.matcher(text);
    int from = 0;
    while (m.find()) {
      if (!text.substring(from, m.start()).isBlank()) {
        notes.add(new Line(text.substring(from, m.start()), line.start() + from));
      }
      from = m.end();
    }
    notes.add(new Line(text.substring(from), line.start() + from));
    return notes;
  }

  /** Whether {@code next} goes on with the note whose last line is {@code last}. */
  boolean continues(Line last, Line next) {
    if (next.isBlank() || starts(next)) {
      return false;
    }
    String s = last.stripped();
    return s.length() >= WRAPPED_SHARE * fullLine()
        || "，、；（,;(".indexOf(s.charAt(s.length() - 1)) >= 0;
  }
}
