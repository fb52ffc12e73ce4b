package org.brimine.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the index keeps of a paper to show it again: the parsed paper and what annotation and
 * the theme stage found that a reader looks at (not the tokens).
 *
 * @param paper the parsed paper
 * @param entities its entities, most mentioned first
 * @param themes its theme distribution, highest weight first
 * @param keyphrases its keyphrases, best first
 * @param evidence the sentences that carry its themes best, a few per theme, best first
 */
public record PaperRecord(ParsedPaper paper, List<Entity> entities, List<ThemeScore> themes,
    List<Keyphrase> keyphrases, List<ThemeHit> evidence) {
  /** How many evidence sentences per theme the record keeps. */
  public static final int EVIDENCE_PER_THEME = 8;

  public PaperRecord {
    Objects.requireNonNull(paper, "paper");
    entities = entities == null ? List.of() : List.copyOf(entities);
    themes = themes == null ? List.of() : List.copyOf(themes);
    keyphrases = keyphrases == null ? List.of() : List.copyOf(keyphrases);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** The record of an annotated paper. */
  public static PaperRecord of(AnnotatedPaper annotated) {
    List<ThemeHit> evidence = new ArrayList<>();
    for (ThemeScore score : annotated.themes().scores()) {
      annotated.themes().hits().stream()
          .filter(h -> h.theme().equals(score.theme()))
          .sorted(Comparator.comparingDouble(ThemeHit::score).reversed()
              .thenComparingInt(ThemeHit::sentence))
          .limit(EVIDENCE_PER_THEME)
          .forEach(evidence::add);
    }
    return new PaperRecord(annotated.parsed(), annotated.entities(),
        annotated.themes().scores(), annotated.themes().keyphrases(), evidence);
  }
}
