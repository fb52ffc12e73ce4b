package org.brimine.index;

/**
 * What removing a record did.
 *
 * @param outcome what happened
 * @param source the corpus-relative file of the removed paper, or null
 * @param citedBy how many papers cite the record
 */
public record Removal(Outcome outcome, String source, int citedBy) {
  /** What happened to the record. */
  public enum Outcome {
    /** The record is gone. */
    REMOVED,
    /** The paper is gone, but other papers cite it: it stays as a reference record. */
    KEPT_AS_REFERENCE,
    /** A reference record that papers cite: it stays as it was. */
    KEPT_CITED,
    /** There is no record with that id. */
    NOT_FOUND
  }
}
