package org.brimine.model;

import java.util.List;
import java.util.Objects;

/**
 * What the index keeps of a paper to show it again: the parsed paper and what annotation found
 * that a reader looks at (not the tokens).
 *
 * @param paper the parsed paper
 * @param entities its entities, most mentioned first
 */
public record PaperRecord(ParsedPaper paper, List<Entity> entities) {
  public PaperRecord {
    Objects.requireNonNull(paper, "paper");
    entities = entities == null ? List.of() : List.copyOf(entities);
  }

  /** The record of an annotated paper. */
  public static PaperRecord of(AnnotatedPaper annotated) {
    return new PaperRecord(annotated.parsed(), annotated.entities());
  }
}
