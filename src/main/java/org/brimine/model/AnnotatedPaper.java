package org.brimine.model;

import java.util.List;
import java.util.Objects;

/**
 * A parsed paper with what annotation found in it.
 *
 * @param parsed the parsed paper
 * @param text the annotated text: title, abstract, sections and reference entries
 * @param entities the paper's entities, each counted once, most mentioned first
 */
public record AnnotatedPaper(ParsedPaper parsed, AnnotatedText text, List<Entity> entities) {
  public AnnotatedPaper {
    Objects.requireNonNull(parsed, "parsed");
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(entities);
  }
}
