package org.brimine.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of an annotated text.
 *
 * @param index its position in the text, from 0
 * @param text the sentence as written
 * @param start offset of its first character in the annotated text
 * @param end offset just past its last character
 * @param tokens its tokens, empty when tokens were not kept
 */
public record Sentence(int index, String text, int start, int end, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = tokens == null ? List.of() : List.copyOf(tokens);
  }
}
