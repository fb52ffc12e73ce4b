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
 * @param key the record's own key in its file ("key rail" for BibTeX, "ID 12" for RIS, "id x"
 *     for JSON Lines), the same when the record is edited or moves to another line; null when it
 *     has none
 */
public record BibRecord(PaperMetadata metadata, String text, String origin, int droppedLines,
    String key) {
  public BibRecord {
    if (text == null) {
      text = "";
    }
  }

  /** A record without a key of its own. */
  public BibRecord(PaperMetadata metadata, String text, String origin, int droppedLines) {
    this(metadata, text, origin, droppedLines, null);
  }

  /** A record whose text is kept as given, without a key of its own. */
  public BibRecord(PaperMetadata metadata, String text, String origin) {
    this(metadata, text, origin, 0);
  }

  /** The authors, for convenience. */
  public List<String> authors() {
    return metadata.authors();
  }
}
