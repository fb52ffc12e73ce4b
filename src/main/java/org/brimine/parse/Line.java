package org.brimine.parse;

/**
 * One line of the original text and where it stands.
 *
 * @param text the line without its line terminator
 * @param start offset of the line's first character in the original text
 */
record Line(String text, int start) {

  /** Offset just past the line's last character, terminator excluded. */
  int end() {
    return start + text.length();
  }

  boolean isBlank() {
    return text.isBlank();
  }

  /** Offset of the first non-blank character. */
  int contentStart() {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return start + i;
  }

  /** Offset just past the last non-blank character. */
  int contentEnd() {
    int i = text.length();
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return start + i;
  }

  String stripped() {
    return text.strip();
  }
}
