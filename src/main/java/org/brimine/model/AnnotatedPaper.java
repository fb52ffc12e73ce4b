package org.brimine.model;

import java.util.List;
import java.util.Objects;

/**
 * A parsed paper with what annotation found in it, later enriched with its themes.
 *
 * @param parsed the parsed paper
 * @param text the annotated text: title, abstract, sections and reference entries
 * @param entities the paper's entities, each counted once, most mentioned first
 * @param themes its themes and keyphrases ({@link Themes#NONE} until the theme stage ran)
 */
public record AnnotatedPaper(ParsedPaper parsed, AnnotatedText text, List<Entity> entities,
    Themes themes) {
  public AnnotatedPaper {
    Objects.requireNonNull(parsed, "parsed");
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(entities);
    themes = themes == null ? Themes.NONE : themes;
  }

  /** A paper as annotation leaves it, before the theme stage. */
  public AnnotatedPaper(ParsedPaper parsed, AnnotatedText text, List<Entity> entities) {
    this(parsed, text, entities, Themes.NONE);
  }

  /** This paper enriched with its themes. */
  public AnnotatedPaper withThemes(Themes found) {
    return new AnnotatedPaper(parsed, text, entities, found);
  }
}
