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
 * @param droppedLines how many lines of its text were dropped as page furniture when it was read
 *     as a scraped page; 0 otherwise
 */
public record BibRecord(PaperMetadata metadata, String text, String origin, int droppedLines) {
  public BibRecord {
    if (text == null) {
      text = "";
    }
  }

  /** A record whose text is kept as given. */
  public BibRecord(PaperMetadata metadata, String text, String origin) {
    this(metadata, text, origin, 0);
  }

  /** The authors, for convenience. */
  public List<String> authors() {
    return metadata.authors();
  }
}
