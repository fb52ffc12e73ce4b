package org.brimine.search;

import java.util.Objects;
import org.brimine.model.PaperRecord;
import org.brimine.model.RecordKind;
import org.brimine.model.Reference;

/**
 * A whole record as an export reads it from the index.
 *
 * @param id the record id
 * @param kind paper or reference
 * @param paper the paper's record, for a paper; else null
 * @param reference the reference entry, for a reference; else null
 * @param citedBy how many papers of the index cite it
 */
public record StoredRecord(String id, RecordKind kind, PaperRecord paper, Reference reference,
    int citedBy) {
  public StoredRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if ((kind == RecordKind.PAPER) != (paper != null)) {
      throw new IllegalArgumentException("a " + kind.label() + " record " + id
          + (paper == null ? " needs its paper" : " has no paper"));
    }
  }
}
