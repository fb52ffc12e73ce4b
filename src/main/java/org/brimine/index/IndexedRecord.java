package org.brimine.index;

import java.util.Objects;
import org.brimine.model.RecordKind;

/**
 * What the index knows of a record without reading it whole: enough to decide whether a file
 * is new, the same, or a new version.
 *
 * @param id the record id
 * @param kind paper or reference
 * @param source the corpus-relative file of a paper; null for a reference
 * @param contentHash the hash of a paper's text and metadata; null for a reference
 * @param textHash the hash of a paper's text alone; null for a reference or an older index
 */
public record IndexedRecord(String id, RecordKind kind, String source, String contentHash,
    String textHash) {
  public IndexedRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
  }
}
