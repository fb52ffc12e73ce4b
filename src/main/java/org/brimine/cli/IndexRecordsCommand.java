package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brimine.index.RecordWriter;
import org.brimine.library.RecordsIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri index --records DIR}: paper records made elsewhere (the Spark job's output) into the
 * local index. Kept apart from {@code bri index --solr} (another branch), which may take it over.
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Index the paper records in a folder of JSON lines, such as the output of the "
        + "Spark job org.brimine.spark.AnnotateJob: one record (or one rejected file) a line. "
        + "Records get their ids as `bri ingest` gives them, and replace the papers of the same "
        + "source file."})
final class IndexRecordsCommand implements Callable<Integer> {
  @Mixin
  Locations locations;

  @Option(names = "--records", required = true, paramLabel = "DIR",
      description = "the folder of record lines (Spark's part files)")
  Path records;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    RecordsIndex.Indexed indexed;
    try (RecordWriter writer = RecordWriter.open(locations.lucene())) {
      indexed = new RecordsIndex().index(records, writer);
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
