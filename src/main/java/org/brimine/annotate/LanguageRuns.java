package org.brimine.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into runs of Chinese and of English paragraphs (parts between blank lines), so
 * that each run goes through the pipeline of its language.
 *
 * <p>A paragraph is Chinese when Han characters are at least {@value #HAN_SHARE} of its letters
 * (the rule of i15/zhindex's LanguageDetector: a Chinese paragraph naming "Belt and Road
 * Initiative (BRI)" stays Chinese, an English one quoting 一带一路 stays English). A paragraph
 * without letters joins the run before it. A text without Han characters is one English run, so
 * English texts are annotated exactly as before.
 */
final class LanguageRuns {
  /** The share of Han characters among the letters from which a paragraph is Chinese. */
  static final double HAN_SHARE = 0.2;

  /** Characters {@code [start, end)} of a text, in Chinese or not. */
  record Run(int start, int end, boolean chinese) {}

  private LanguageRuns() {}

  /** The runs of a text, in order, covering it whole. */
  static List<Run> of(String text) {
    List<Run> runs = new ArrayList<>();
    int start = 0;
    Boolean current = null;
    int part = 0;
    while (part < text.length()) {
      int blank = text.indexOf("\n\n", part);
      int next = blank < 0 ? text.length() : skipBreaks(text, blank);
      Boolean chinese = chinese(text, part, next);
      if (chinese != null && current != null && !chinese.equals(current)) {
        runs.add(new Run(start, part, current));
        start = part;
      }
      if (chinese != null) {
        current = chinese;
      }
      part = next;
    }
    if (start < text.length() || runs.isEmpty()) {
      runs.add(new Run(start, text.length(), current != null && current));
    }
    return runs;
  }

  private static int skipBreaks(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == '\n') {
      i++;
    }
    return i;
  }

  /** Whether characters {@code [start, end)} are Chinese; null when they have no letters. */
  static Boolean chinese(CharSequence text, int start, int end) {
    long han = 0;
    long letters = 0;
    for (int i = start; i < end; ) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN) {
          han++;
          letters++;
        } else if (script == Character.UnicodeScript.LATIN) {
          letters++;
        }
      }
    }
    return letters == 0 ? null : han >= HAN_SHARE * letters;
  }
}
