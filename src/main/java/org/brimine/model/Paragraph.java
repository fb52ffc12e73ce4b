package org.brimine.model;

import java.util.Objects;

/**
 * A paragraph with its lines reflowed, and where it stands in the original text.
 *
 * @param text the reflowed text: one line, hyphenated line ends joined, page numbers dropped
 * @param start offset of the paragraph's first character in the original text
 * @param end offset just past the paragraph's last character in the original text
 * @param language the paragraph's language as an ISO 639-1 code ("zh", "en"), detected from its
 *     script; null when not detected (no letters, or a record stored before it was kept)
 */
public record Paragraph(String text, int start, int end, String language) {
  public Paragraph {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad paragraph span [" + start + ", " + end + ")");
    }
  }

  /** A paragraph whose language is not known yet. */
  public Paragraph(String text, int start, int end) {
    this(text, start, end, null);
  }

  /** This paragraph in this language. */
  public Paragraph withLanguage(String newLanguage) {
    return new Paragraph(text, start, end, newLanguage);
  }
}
