package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brimine.ingest.CorpusReader;
import org.brimine.library.IndexCounts;
import org.brimine.library.IngestPipeline;
import org.brimine.library.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bri ingest [DIR]}: reads the corpus, parses what changed, and updates the index in
 * committed batches. Files whose content is already indexed, with a record this program made,
 * are skipped: after an edit of the gazetteer or the taxonomy (which changes the program's
 * fingerprint) every record is computed again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Index the corpus (default corpus/): new and changed files are parsed and "
        + "indexed, unchanged files are skipped (all are indexed again when the program, the "
        + "gazetteer or the taxonomy changed).")
final class IngestCommand implements Callable<Integer> {
  @Mixin
  Locations locations;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "the corpus folder")
  Path dir;

  @Mixin
  IndexingOptions indexing;

  @Spec
  CommandSpec spec;

  @Option(names = "--rebuild", description = "re-index every file, also unchanged ones "
      + "(annotation comes from the cache where the text did not change)")
  boolean rebuild;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    Path root = dir != null ? dir : locations.corpus();
    CorpusReader reader = new CorpusReader(indexing.limits());
    IngestPipeline pipeline = indexing.pipeline(locations, reader, spec.commandLine().getOut(),
        spec.commandLine().getErr(), rebuild);
    IngestSummary summary = pipeline.run(root, reader.documents(root), locations.lucene());
    PrintWriter out = spec.commandLine().getOut();
    out.println("ingest: " + summary.line() + "; " + IndexCounts.of(locations.library()) + " in "
        + Timing.seconds(started));
    out.flush();
    return summary.anyRejected() ? Main.EXIT_FAILURE : 0;
  }
}
