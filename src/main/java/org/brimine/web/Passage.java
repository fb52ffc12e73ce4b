package org.brimine.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.report.TextLanguage;
import org.brimine.search.Hit;
import org.brimine.search.TermMarks;

/**
 * A highlighted passage as plain text in parts, each marked as a match or not, for the template
 * {@code web/passage.jte} to escape and mark.
 *
 * <p>The search gives a passage as the highlighter wrote it: HTML-escaped text with mark tags
 * around the matches. Here that is read back, so that no text of a record reaches a page but
 * through the template's escaping. A tag written in a record's text was escaped by the
 * highlighter, so it never reads as a mark here.
 *
 * @param lang the passage's language as an HTML {@code lang} value, or null for English
 */
record Passage(String lang, List<Part> parts) {
  /** The highlighter's mark tags, and the character references its escaping writes. */
  private static final Pattern TOKEN = Pattern.compile("(" + Pattern.quote(Hit.MARK_START)
      + ")|" + Pattern.quote(Hit.MARK_END)
      + "|&(amp|lt|gt|quot|apos|#[xX]\\p{XDigit}{1,6}|#\\d{1,7});");

  Passage {
    parts = List.copyOf(parts);
  }

  /**
   * A part of the text.
   *
   * @param marked whether it matched the query
   */
  record Part(String text, boolean marked) {}

  /** The passage the highlighter wrote as this HTML. */
  static Passage of(String highlighted) {
    List<Part> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    StringBuilder plain = new StringBuilder();
    boolean marked = false;
    Matcher m = TOKEN.matcher(highlighted);
    int at = 0;
    while (m.find()) {
      text.append(highlighted, at, m.start());
      at = m.end();
      if (m.group(2) == null) {
        flush(parts, text, marked);
        marked = m.group(1) != null;
      } else {
        text.append(character(m.group(2)));
      }
    }
    text.append(highlighted, at, highlighted.length());
    flush(parts, text, marked);
    parts.forEach(p -> plain.append(p.text()));
    return new Passage(TextLanguage.of(plain.toString()), parts);
  }

  /** Plain text with these runs marked (in order, not overlapping), as a reading view shows it. */
  static Passage of(String text, List<TermMarks.Span> marks) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    for (TermMarks.Span span : marks) {
      if (span.start() > at) {
        parts.add(new Part(text.substring(at, span.start()), false));
      }
      parts.add(new Part(text.substring(span.start(), span.end()), true));
      at = span.end();
    }
    if (at < text.length()) {
      parts.add(new Part(text.substring(at), false));
    }
    return new Passage(TextLanguage.of(text), parts);
  }

  private static void flush(List<Part> parts, StringBuilder text, boolean marked) {
    if (text.length() > 0) {
      parts.add(new Part(text.toString(), marked));
      text.setLength(0);
    }
  }

  private static String character(String reference) {
    return switch (reference) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> {
        boolean hex = reference.charAt(1) == 'x' || reference.charAt(1) == 'X';
        int code = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
        yield Character.isValidCodePoint(code) ? Character.toString(code) : "\uFFFD";
      }
    };
  }
}
