package org.brimine.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A noun phrase that characterises a paper.
 *
 * @param phrase the phrase as most often written in the paper
 * @param score its termhood score (C-value)
 * @param count how often it occurs
 * @param lemma the lemmas of its words, lower case, one space between ("financial institution"
 *     for "financial institutions"): what its forms are counted by; the phrase in lower case
 *     when not given
 */
public record Keyphrase(String phrase, double score, int count, String lemma) {
  public Keyphrase {
    Objects.requireNonNull(phrase, "phrase");
    lemma = lemma == null ? phrase.toLowerCase(Locale.ROOT) : lemma;
  }

  /** A keyphrase whose lemma is its phrase in lower case. */
  public Keyphrase(String phrase, double score, int count) {
    this(phrase, score, count, null);
  }
}
