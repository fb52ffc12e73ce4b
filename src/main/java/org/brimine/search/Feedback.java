package org.brimine.search;

/**
 * Pseudo-relevance feedback as Anserini's RM3: the top {@code docs} records of the first search
 * are taken as relevant, their {@code terms} most weighty words (RM1, weighted by each record's
 * score) expand the query, and the original query keeps {@code originalWeight} of the total.
 *
 * @param docs feedback records (Anserini's fbDocs); 0 turns feedback off
 * @param terms expansion terms (Anserini's fbTerms)
 * @param originalWeight the original query's share, 0 to 1 (Anserini's originalQueryWeight)
 */
public record Feedback(int docs, int terms, float originalWeight) {
  /** No feedback: one search. */
  public static final Feedback OFF = new Feedback(0, 0, 1f);
  /** Anserini's RM3 defaults: 10 documents, 10 terms, original query weight 0.5. */
  public static final Feedback RM3 = new Feedback(10, 10, 0.5f);

  public Feedback {
    if (docs < 0 || docs > 1000) {
      throw new IllegalArgumentException("feedback documents must be 0 to 1000, got " + docs);
    }
    if (terms < 0 || terms > 1000) {
      throw new IllegalArgumentException("feedback terms must be 0 to 1000, got " + terms);
    }
    if (!(originalWeight >= 0f && originalWeight <= 1f)) {
      throw new IllegalArgumentException("original query weight must be 0 to 1, got "
          + originalWeight);
    }
  }

  /** Whether feedback runs at all. */
  public boolean enabled() {
    return docs > 0 && terms > 0 && originalWeight < 1f;
  }
}
