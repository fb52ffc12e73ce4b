package org.brimine.model;

import java.util.Objects;

/**
 * A noun phrase that characterises a paper.
 *
 * @param phrase the phrase as most often written in the paper
 * @param score its termhood score (C-value)
 * @param count how often it occurs
 */
public record Keyphrase(String phrase, double score, int count) {
  public Keyphrase {
    Objects.requireNonNull(phrase, "phrase");
  }
}
