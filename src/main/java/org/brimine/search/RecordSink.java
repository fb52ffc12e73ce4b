package org.brimine.search;

import java.io.IOException;

/** Receives the records of an export, one at a time. */
public interface RecordSink {
  void accept(StoredRecord record) throws IOException;
}
