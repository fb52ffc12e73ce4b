/**
 * Immutable records that cross stage boundaries: papers, their sections and references, and the
 * problems found while reading them; and the entity types every stage shares ({@link
 * org.brimine.model.EntityType}, defined in {@code entity-types.tsv} beside it).
 *
 * <p>This package imports neither CoreNLP nor Lucene.
 */
package org.brimine.model;
