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

  @Option(names = "--batch", defaultValue = "50",
      description = "papers per committed batch (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--max-file-mb", defaultValue = "50",
      description = "largest file accepted, in MB (default: ${DEFAULT-VALUE})")
  long maxFileMb;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (batch < 1) {
      throw new IllegalArgumentException("--batch must be at least 1, got " + batch);
    }
    long started = System.nanoTime();
    Path root = dir != null ? dir : locations.corpus();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CorpusReader reader = new CorpusReader(new IngestLimits(maxFileMb * 1024 * 1024));
    PaperParser parser = new PaperParser();
    IngestSummary summary = new IngestSummary();
    List<Path> files = reader.documents(root);
    try (RecordWriter writer = RecordWriter.open(locations.lucene())) {
      Map<String, String> indexed = writer.hashesBySource();
      int pending = 0;
      for (Path file : files) {
        ReadResult read = reader.read(root, file);
        if (!read.ok()) {
          err.println("rejected " + read.problem().source() + ": " + read.problem().detail());
          summary.rejected(read.problem().reason());
          continue;
        }
        if (read.paper().contentHash().equals(indexed.get(read.paper().source()))) {
          summary.count(IngestSummary.Outcome.UNCHANGED);
          continue;
        }
        ParsedPaper parsed = parser.parse(read.paper());
        summary.unparsedReferences((int) parsed.problems().stream()
            .filter(p -> p.reason().equals("unparsed-reference")).count());
        parsed.problems().forEach(p -> err.println("warning " + p));
        WriteOutcome outcome = writer.write(parsed);
        summary.count(IngestSummary.Outcome.valueOf(outcome.name()));
        out.println(outcome.name().toLowerCase(java.util.Locale.ROOT) + " "
            + parsed.paper().source() + " as " + parsed.id());
        if (++pending >= batch) {
          writer.commit();
          pending = 0;
        }
      }
      writer.commit();
    }
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
