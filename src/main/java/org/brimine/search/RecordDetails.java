package org.brimine.search;

import java.util.List;
import java.util.Objects;
import org.brimine.model.PaperRecord;
import org.brimine.model.RecordKind;
import org.brimine.model.Reference;

/**
 * A whole record as {@code bri show} and the paper page present it: a paper with its sections
 * and references, or a work known from references; and the papers that cite it.
 *
 * @param id the record id
 * @param kind paper or reference
 * @param paper the paper with its entities, for a paper record; else null
 * @param reference the reference entry, for a reference record; else null
 * @param citedBy the papers that cite this record
 */
public record RecordDetails(String id, RecordKind kind, PaperRecord paper, Reference reference,
    List<Hit> citedBy) {

  public RecordDetails {
    Objects.requireNonNull(id, "id");
    citedBy = List.copyOf(citedBy);
  }

  static RecordDetails ofPaper(PaperRecord paper, List<Hit> citedBy) {
    return new RecordDetails(paper.paper().id(), RecordKind.PAPER, paper, null, citedBy);
  }

  static RecordDetails ofReference(String id, Reference reference, List<Hit> citedBy) {
    return new RecordDetails(id, RecordKind.REFERENCE, null, reference, citedBy);
  }

  /**
   * The record's JSON view, the shape of {@code bri show --json} and {@code /api/papers/{id}}:
   * a Jackson-annotated record ({@link RecordJson}), for any mapper to write.
   */
  public Object view() {
    return RecordJson.of(this);
  }
}
