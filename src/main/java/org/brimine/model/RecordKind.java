package org.brimine.model;

import java.util.Locale;

/** What a record in the index stands for. */
public enum RecordKind {
  /** A paper whose text is in the corpus. */
  PAPER,
  /** A work known only from the reference lists of papers that cite it. */
  REFERENCE;

  /** The lower-case name used in the index and in queries ({@code kind:reference}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
