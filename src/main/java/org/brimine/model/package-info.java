/**
 * Immutable records that cross stage boundaries: papers, their sections and references, and the
 * problems found while reading them.
 *
 * <p>This package imports neither CoreNLP nor Lucene.
 */
package org.brimine.model;
