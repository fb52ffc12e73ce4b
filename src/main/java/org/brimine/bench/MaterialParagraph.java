package org.brimine.bench;

import java.util.List;
import java.util.Objects;
import org.brimine.model.EntityMention;
import org.brimine.model.Sentence;

/**
 * A paragraph of a real annotated text, with its sentences, tokens and entity mentions, every
 * offset relative to the paragraph's first character so that it can be placed anywhere.
 *
 * @param text the paragraph
 * @param sentences its sentences, numbered from 0, with their tokens
 * @param mentions its entity mentions, their sentence numbers relative to the paragraph
 */
record MaterialParagraph(String text, List<Sentence> sentences, List<EntityMention> mentions) {
  MaterialParagraph {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
  }
}
