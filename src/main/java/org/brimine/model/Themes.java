package org.brimine.model;

import java.util.List;

/**
 * What the theme stage found in a paper.
 *
 * @param hits per-sentence theme hits with their evidence, in text order
 * @param scores the paper's distribution over themes, highest weight first
 * @param keyphrases its keyphrases, best first
 */
public record Themes(List<ThemeHit> hits, List<ThemeScore> scores, List<Keyphrase> keyphrases) {
  /** No themes found. */
  public static final Themes NONE = new Themes(List.of(), List.of(), List.of());

  public Themes {
    hits = hits == null ? List.of() : List.copyOf(hits);
    scores = scores == null ? List.of() : List.copyOf(scores);
    keyphrases = keyphrases == null ? List.of() : List.copyOf(keyphrases);
  }
}
