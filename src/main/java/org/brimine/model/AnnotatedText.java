package org.brimine.model;

import java.util.List;
import java.util.Objects;

/**
 * A text with its sentences, tokens and entity mentions.
 *
 * @param text the text that was annotated; every offset points into it
 * @param sentences its sentences in order
 * @param mentions its entity mentions in order of appearance
 */
public record AnnotatedText(String text, List<Sentence> sentences, List<EntityMention> mentions) {
  public AnnotatedText {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }
}
