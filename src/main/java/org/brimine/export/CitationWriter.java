package org.brimine.export;

import java.io.IOException;

/**
 * Writes citations one at a time to a character stream in one export format; {@link #finish}
 * ends the file. Nothing is kept between records, so an export of any size runs in the same
 * memory. Not thread-safe.
 */
public interface CitationWriter {
  /** Writes one record. */
  void write(Citation citation) throws IOException;

  /** Writes what ends the file and flushes; the stream stays open. */
  void finish() throws IOException;
}
