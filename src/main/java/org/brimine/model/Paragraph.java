package org.brimine.model;

import java.util.Objects;

/**
 * A paragraph with its lines reflowed, and where it stands in the original text.
 *
 * @param text the reflowed text: one line, hyphenated line ends joined, page numbers dropped
 * @param start offset of the paragraph's first character in the original text
 * @param end offset just past the paragraph's last character in the original text
 */
public record Paragraph(String text, int start, int end) {
  public Paragraph {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad paragraph span [" + start + ", " + end + ")");
    }
  }
}
