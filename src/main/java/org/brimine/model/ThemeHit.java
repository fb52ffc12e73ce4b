package org.brimine.model;

import java.util.List;
import java.util.Objects;

/**
 * A theme found in one sentence, with its evidence.
 *
 * @param theme the theme id, such as {@code financial-integration}
 * @param sentence the index of the sentence in the annotated text
 * @param score the sum of the weights of the matched terms
 * @param terms the taxonomy terms that matched, in order
 * @param text the sentence
 */
public record ThemeHit(String theme, int sentence, double score, List<String> terms,
    String text) {
  public ThemeHit {
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(text, "text");
    terms = List.copyOf(terms);
  }
}
