package org.brimine.annotate;

import java.util.List;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Entity;

/**
 * What the annotation cache keeps for one text: the annotated text and its entities.
 *
 * @param text the annotated text
 * @param entities the entities, counted once each
 */
record CachedAnnotation(AnnotatedText text, List<Entity> entities) {
  CachedAnnotation {
    entities = List.copyOf(entities);
  }
}
