package org.brimine.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into chunks of at most a given length at paragraph breaks, so that CoreNLP
 * annotates one chunk at a time and its annotations of a chunk are released before the next.
 *
 * <p>A chunk ends just after a blank line (two line breaks), where CoreNLP's sentence splitter
 * breaks anyway, so chunked and whole annotation agree. NOTE: a paragraph longer than the limit
 * is cut at its last line break, else its last whitespace, else at the limit itself (never
 * inside a surrogate pair); there a sentence may be split in two.
 */
final class TextChunks {
  /** A chunk: characters {@code [start, end)} of the text. */
  record Chunk(int start, int end) {}

  private TextChunks() {}

  /** The chunks of a text, in order, covering it whole; one chunk when it is short enough. */
  static List<Chunk> of(String text, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2, got " + maxChars);
    }
    List<Chunk> chunks = new ArrayList<>();
    int start = 0;
    while (text.length() - start > maxChars) {
      int end = cut(text, start, start + maxChars);
      chunks.add(new Chunk(start, end));
      start = end;
    }
    if (start < text.length() || chunks.isEmpty()) {
      chunks.add(new Chunk(start, text.length()));
    }
    return chunks;
  }

  /** Where to end a chunk that starts at {@code start} and may not pass {@code limit}. */
  private static int cut(String text, int start, int limit) {
    int blank = text.lastIndexOf("\n\n", limit - 2);
    if (blank > start) {
      return blank + 2;
    }
    int line = text.lastIndexOf('\n', limit - 1);
    if (line > start) {
      return line + 1;
    }
    for (int i = limit - 1; i > start; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
  }
}
