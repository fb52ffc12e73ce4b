package org.brimine.cli;

import java.io.PrintWriter;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.IngestLimits;
import org.brimine.library.IngestListener;
import org.brimine.library.IngestPipeline;
import org.brimine.library.IngestSettings;
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

  /** How a run with these options goes. */
  IngestSettings settings(boolean rebuild) {
    if (batch < 1) {
      throw new UsageException("--batch must be at least 1, got " + batch);
    }
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (cores < 1) {
      throw new UsageException("--threads must be at least 1, got " + cores);
    }
    return new IngestSettings(batch, cores, rebuild);
  }

  /**
   * A pipeline that parses, annotates and indexes with these options, printing what it did to
   * {@code out} and what it rejected to {@code err}.
   */
  IngestPipeline pipeline(Locations locations, CorpusReader reader, PrintWriter out,
      PrintWriter err) {
    return pipeline(locations, reader, out, err, false);
  }

  IngestPipeline pipeline(Locations locations, CorpusReader reader, PrintWriter out,
      PrintWriter err, boolean rebuild) {
    return pipeline(locations, reader, new IngestPrinter(out, err), err, rebuild);
  }

  /** A pipeline with these options that tells {@code listener} what it does. */
  IngestPipeline pipeline(Locations locations, CorpusReader reader, IngestListener listener,
      PrintWriter err, boolean rebuild) {
    IngestSettings settings = settings(rebuild);
    return new IngestPipeline(reader, StageFactory.analysis(locations.library(), err::println),
        settings, listener);
  }
}
