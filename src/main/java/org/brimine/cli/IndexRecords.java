package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.brimine.index.RecordWriter;
import org.brimine.library.RecordsIndex;
import org.brimine.library.StageFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bri index --records DIR}: paper records made elsewhere (the Spark job's output) into the
 * local index, kept apart from the Solr push of {@link IndexCommand}.
 */
final class IndexRecords {
  private IndexRecords() {}

  /** Indexes the records of {@code records}; 1 when a file or line was rejected, else 0. */
  static int index(Locations locations, Path records, CommandSpec spec) throws IOException {
    long started = System.nanoTime();
    RecordsIndex.Indexed indexed;
    try (RecordWriter writer = RecordWriter.open(locations.lucene())) {
      // one text at a time: each on every core
      indexed = new RecordsIndex(StageFactory.vectors(locations.library(), 0))
          .index(records, writer);
    }
    PrintWriter err = spec.commandLine().getErr();
    indexed.rejected().forEach(p -> err.println("rejected " + p));
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println("index: " + (indexed.added() + indexed.replaced()) + " records from " + records
        + ": " + indexed.added() + " added, " + indexed.replaced() + " replaced, "
        + indexed.rejected().size() + " rejected, " + Timing.seconds(started));
    out.flush();
    // as for ingest: a rejected file or line is a failure the exit code tells
    return indexed.rejected().isEmpty() ? 0 : 1;
  }
}
