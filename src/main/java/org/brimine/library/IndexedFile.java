package org.brimine.library;

/**
 * What an ingest run did with one file that it wrote to the index.
 *
 * @param outcome added, replaced or merged
 * @param source the file, relative to the corpus root
 * @param label what the librarian called it (the path given to {@code bri add}), or null when it
 *     goes by its source
 * @param id the id its record is indexed under
 * @param sharedId when the paper did not get its work id because another file's paper holds it:
 *     that work id; else null
 * @param sharedBy the file (or its label) whose paper holds {@code sharedId}; null with it
 */
public record IndexedFile(IngestSummary.Outcome outcome, String source, String label, String id,
    String sharedId, String sharedBy) {
  /** What to call the file: its label, else its source. */
  public String name() {
    return label != null ? label : source;
  }
}
