package org.brimine.annotate;

import java.util.ArrayList;
import java.util.List;
import org.brimine.parse.LanguageDetector;

/**
 * Cuts a text into runs of Chinese and of English paragraphs (parts between blank lines), so
 * that each run goes through the pipeline of its language.
 *
 * <p>A paragraph's language is the parser's ({@link LanguageDetector}: by the share of Han
 * characters among its letters, so a Chinese paragraph naming "Belt and Road Initiative (BRI)"
 * stays Chinese, an English one quoting 一带一路 stays English). A paragraph without letters
 * joins the run before it. A text without Han characters is one English run, so
 * English texts are annotated exactly as before.
 */
final class LanguageRuns {
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
  private static Boolean chinese(String text, int start, int end) {
    String language = LanguageDetector.detect(text.subSequence(start, end));
    return language == null ? null : language.equals(LanguageDetector.CHINESE);
  }
}
