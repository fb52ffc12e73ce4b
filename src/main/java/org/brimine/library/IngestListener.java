package org.brimine.library;

import java.util.List;
import org.brimine.model.Problem;

/**
 * What an ingest run or a librarian tells as it goes: files rejected, problems found in papers,
 * documents unchanged, and the papers each commit made durable. The command line prints these;
 * the library prints nothing.
 */
public interface IngestListener {
  /** Tells nothing. */
  IngestListener SILENT = new IngestListener() {};

  /** The run starts on this many files. */
  default void started(int files) {}

  /** One more file is done with (read, rejected, found unchanged or written). */
  default void stepped() {}

  /** The run is over, whether it finished or failed. */
  default void finished() {}

  /**
   * A file or document was not taken.
   *
   * @param label what to call it
   * @param reason the reason's code, such as {@code empty} or {@code annotation-failed}
   * @param detail the reason in words, naming the bad value
   */
  default void rejected(String label, String reason, String detail) {}

  /** A problem found in a paper that was taken all the same (a reference kept unparsed). */
  default void warned(Problem problem) {}

  /** A document whose content is indexed already, under this id, and that nothing changes. */
  default void unchanged(String label, String id) {}

  /** An import starts taking in this many linked export records. */
  default void linking(int records) {}

  /** One more linked export record is taken in. */
  default void linkedOne() {}

  /** The linked export records are taken in, or the import failed. */
  default void linked() {}

  /** A record of an import is the same work as the paper {@code id}, and merged into it. */
  default void merged(String label, String id) {}

  /** These papers were written to the index, and the commit that holds them is durable. */
  default void committed(List<IndexedFile> files) {}
}
