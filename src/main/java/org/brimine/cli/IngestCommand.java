package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.brimine.index.RecordWriter;
import org.brimine.index.WriteOutcome;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.IngestLimits;
import org.brimine.ingest.ReadResult;
import org.brimine.model.ParsedPaper;
import org.brimine.parse.PaperParser;
import org.brimine.search.RecordLookup;
import org.brimine.search.RecordSearcher;
import org.brimine.search.Ranking;
import org.brimine.model.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bri ingest [DIR]}: reads the corpus, parses what changed, and updates the index in
 * committed batches. Files whose content hash is already indexed are skipped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Index the corpus (default corpus/): new and changed files are parsed and "
        + "indexed, unchanged files are skipped.")
final class IngestCommand implements Callable<Integer> {
  @Mixin
  Locations locations;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "the corpus folder")
  Path dir;

  @Option(names = "--batch", defaultValue = "20",
      description = "papers per committed batch (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--max-file-mb", defaultValue = "50",
      description = "largest file accepted, in MB (default: ${DEFAULT-VALUE})")
  long maxFileMb;

  @Spec
  CommandSpec spec;

  @Option(names = "--threads", description = "annotation threads (default: the number of cores)")
  Integer threads;

  @Option(names = "--rebuild", description = "re-index every file, also unchanged ones "
      + "(annotation comes from the cache where the text did not change)")
  boolean rebuild;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    Path root = dir != null ? dir : locations.corpus();
    CorpusReader reader = new CorpusReader(new IngestLimits(maxFileMb * 1024 * 1024));
    IngestPipeline.Options options = new IngestPipeline.Options(batch,
        threads != null ? threads : Runtime.getRuntime().availableProcessors(), rebuild);
    IngestPipeline pipeline = new IngestPipeline(reader, Annotation.annotator(locations),
        Annotation.themes(), options, spec.commandLine().getOut(), spec.commandLine().getErr());
    IngestSummary summary = pipeline.run(root, reader.documents(root), locations.lucene());
    PrintWriter out = spec.commandLine().getOut();
    out.println("ingest: " + summary.line() + "; " + indexCounts() + " in "
        + Timing.seconds(started));
    out.flush();
    return summary.anyRejected() ? Main.EXIT_FAILURE : 0;
  }

  private String indexCounts() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(locations.lucene(), Ranking.DEFAULT)) {
      RecordLookup lookup = searcher.lookup();
      long papers = lookup.count(RecordKind.PAPER);
      long references = lookup.count(RecordKind.REFERENCE);
      return "index holds " + (papers + references) + " records (" + papers + " papers, "
          + references + " references)";
    }
  }
}
