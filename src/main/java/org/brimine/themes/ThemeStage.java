package org.brimine.themes;

import org.brimine.model.AnnotatedPaper;
import org.brimine.model.Themes;

/**
 * The theme stage: tags a paper's sentences with themes, sums them into its distribution, and
 * takes its keyphrases.
 *
 * <p>Needs: an {@link AnnotatedPaper} with tokens, lemmas and tags. Gives: the same paper with
 * its {@link Themes}. Thread-safe.
 */
public final class ThemeStage {
  /** How many keyphrases a paper keeps. */
  public static final int KEYPHRASES = 20;

  private final ThemeTagger tagger;
  private final KeyphraseExtractor keyphrases = new KeyphraseExtractor(KEYPHRASES);

  public ThemeStage(Taxonomy taxonomy) {
    this.tagger = new ThemeTagger(taxonomy);
  }

  /** The paper enriched with its themes and keyphrases. */
  public AnnotatedPaper apply(AnnotatedPaper paper) {
    var hits = tagger.tag(paper.text());
    return paper.withThemes(new Themes(hits, ThemeTagger.distribution(hits),
        keyphrases.extract(paper.text())));
  }

  /** The tagger, for evaluation on single sentences. */
  public ThemeTagger tagger() {
    return tagger;
  }

}
