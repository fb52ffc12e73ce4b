package org.brimine.ingest;

import java.util.List;
import org.brimine.model.PaperMetadata;

/**
 * A bibliographic record as researchers and librarians hold literature (a JSON Lines, RIS or
 * BibTeX entry): metadata and whatever text it has.
 *
 * @param metadata the record's metadata
 * @param text its text: the abstract or full content
 * @param origin where it came from, for messages ("articles.jsonl line 12")
 */
public record BibRecord(PaperMetadata metadata, String text, String origin) {
  public BibRecord {
    if (text == null) {
      text = "";
    }
  }

  /** The authors, for convenience. */
  public List<String> authors() {
    return metadata.authors();
  }
}
