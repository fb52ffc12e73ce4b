package org.brimine.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.Paragraph;

/**
 * Joins the broken lines of a PDF extraction into paragraphs.
 *
 * <p>Lines are joined with one space, none where either side is Chinese (a Chinese sentence
 * broken at a line end has no space there). A blank line ends a paragraph, unless the text before
 * it stops mid-sentence and the line after it goes on in lower case or in Chinese: extraction
 * often leaves a blank line inside a sentence at a page or column break (a dropped page number,
 * footnotes taken out). A word
 * split by a hyphen at a line end is joined without the hyphen, unless the document itself
 * writes the hyphenated form elsewhere ("win-win", "cross-border").
 */
final class Reflow {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Set<String> hyphenatedWords = new HashSet<>();
  private final Set<String> words = new HashSet<>();

  /** Learns the document's vocabulary, to decide which line-end hyphens belong to a word. */
  Reflow(String documentText) {
    Matcher m = WORD.matcher(documentText);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (word.endsWith("-")) {
        continue;
      }
      (word.indexOf('-') > 0 ? hyphenatedWords : words).add(word);
    }
  }

  /** Reflows lines into paragraphs; blank lines only separate. */
  List<Paragraph> paragraphs(List<Line> lines) {
    return paragraphs(lines, true);
  }

  /**
   * @param chineseRunsOn whether a Chinese line goes on with the Chinese text before a blank
   *     line that stops mid-sentence; not in front matter, where a title ends in no punctuation
   */
  private List<Paragraph> paragraphs(List<Line> lines, boolean chineseRunsOn) {
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int start = -1;
    int end = -1;
    boolean blankSinceLast = false;
    for (Line line : lines) {
      if (line.isBlank()) {
        blankSinceLast = true;
        continue;
      }
      String content = SPACES.matcher(line.stripped()).replaceAll(" ");
      if (start >= 0 && blankSinceLast && !continuesSentence(text, content, chineseRunsOn)) {
        paragraphs.add(new Paragraph(text.toString(), start, end));
        text.setLength(0);
        start = -1;
      }
      if (start < 0) {
        start = line.contentStart();
        text.append(content);
      } else {
        join(text, content);
      }
      end = line.contentEnd();
      blankSinceLast = false;
    }
    if (start >= 0) {
      paragraphs.add(new Paragraph(text.toString(), start, end));
    }
    return paragraphs;
  }

  /**
   * Reflows the lines of front matter, where each line is a part of its own (the title, the
   * authors, an affiliation): a line is a paragraph unless it runs on, that is the line before
   * ends with a comma, a colon or a hyphen, or leaves a bracket open ("（1. 华东金融大学，
   * 上海" goes on to "成都 610041）"), or it starts in lower case.
   */
  List<Paragraph> lineByLine(List<Line> lines) {
    List<Line> broken = new ArrayList<>(lines.size() * 2);
    Line previous = null;
    int open = 0;
    for (Line line : lines) {
      if (previous != null && !previous.isBlank() && !line.isBlank() && open <= 0
          && ",:-–&，、；：（".indexOf(previous.stripped().charAt(previous.stripped().length() - 1))
              < 0) {
        broken.add(new Line("", line.start()));
        open = 0;
      }
      open = line.isBlank() ? 0 : open + openBrackets(line.text());
      broken.add(line);
      previous = line;
    }
    return paragraphs(broken, false);
  }

  /** How many more brackets the text opens than it closes. */
  private static int openBrackets(String text) {
    int open = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      open += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
    }
    return open;
  }

  private static boolean continuesSentence(CharSequence before, String next,
      boolean chineseRunsOn) {
    char last = before.charAt(before.length() - 1);
    boolean endsSentence = ".?!。？！:：;；".indexOf(last) >= 0
        || (".?!".indexOf(before.charAt(Math.max(0, before.length() - 2))) >= 0
            && "\"”’')".indexOf(last) >= 0);
    return !endsSentence && (Character.isLowerCase(next.codePointAt(0))
        || chineseRunsOn && isCjk(last) && isCjk(next.charAt(0)));
  }

  private void join(StringBuilder text, String next) {
    int n = text.length();
    char last = text.charAt(n - 1);
    char first = next.charAt(0);
    if (last == '-' && n >= 2 && Character.isLetter(text.charAt(n - 2))
        && Character.isLowerCase(first)) {
      if (!keepsHyphen(text, next)) {
        text.setLength(n - 1);
      }
      text.append(next);
    } else if (isCjk(last) || isCjk(first)) {
      text.append(next);
    } else {
      text.append(' ').append(next);
    }
  }

  /** Whether "head-" + "tail" is a hyphenated word of the document, rather than a broken one. */
  private boolean keepsHyphen(CharSequence text, String next) {
    int i = text.length() - 1;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    String head = text.subSequence(i, text.length() - 1).toString().toLowerCase(Locale.ROOT);
    Matcher m = WORD.matcher(next);
    String tail = m.lookingAt() ? m.group().toLowerCase(Locale.ROOT) : "";
    return hyphenatedWords.contains(head + "-" + tail) && !words.contains(head + tail);
  }

  static boolean isCjk(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f')
        || (c >= '\uff00' && c <= '\uffef');
  }
}
