package org.brimine.cli;

import java.io.PrintWriter;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.IngestLimits;
import org.brimine.library.IngestPipeline;
import org.brimine.library.StageFactory;
import picocli.CommandLine.Option;

/** The options of the commands that index documents: batch size, threads, file size limit. */
final class IndexingOptions {
  @Option(names = "--batch", defaultValue = "20",
      description = "papers per committed batch (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--max-file-mb", defaultValue = "20",
      description = "largest file accepted, in MB (default: ${DEFAULT-VALUE})")
  long maxFileMb;

  @Option(names = "--threads", description = "annotation threads (default: the number of cores)")
  Integer threads;

  /** The limits on the files read. */
  IngestLimits limits() {
    if (maxFileMb < 1) {
      throw new UsageException("--max-file-mb must be at least 1, got " + maxFileMb);
    }
    return new IngestLimits(maxFileMb * 1024 * 1024);
  }

  /** A pipeline that parses, annotates and indexes with these options. */
  IngestPipeline pipeline(Locations locations, CorpusReader reader, PrintWriter out,
      PrintWriter err) {
    return pipeline(locations, reader, out, err, false);
  }

  IngestPipeline pipeline(Locations locations, CorpusReader reader, PrintWriter out,
      PrintWriter err, boolean rebuild) {
    IngestPipeline.Options options = new IngestPipeline.Options(batch,
        threads != null ? threads : Runtime.getRuntime().availableProcessors(), rebuild);
    return new IngestPipeline(reader, StageFactory.analysis(locations), options, out, err);
  }
}
