package org.brimine.eval;

import java.util.Objects;

/**
 * One document of a ranked list, with the score the system gave it.
 *
 * @param id the document id, as the judgements name it
 * @param score the system's score; higher ranks first
 */
public record ScoredDoc(String id, double score) {
  public ScoredDoc {
    Objects.requireNonNull(id, "id");
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("score of document '" + id + "' is NaN");
    }
  }
}
