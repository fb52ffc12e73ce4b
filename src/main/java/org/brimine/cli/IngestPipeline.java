package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.brimine.index.IndexablePaper;
import org.brimine.index.IndexedSources.IndexedSource;
import org.brimine.index.RecordWriter;
import org.brimine.index.WriteOutcome;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.ReadResult;
import org.brimine.ingest.Rejection;
import org.brimine.model.Paper;
import org.brimine.model.PaperRecord;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Problem;

/**
 * Wires the stages for one ingest run: read, then parse, annotate, tag themes (or read the
 * paper's record back from the cache) and build the index document, in parallel, then write in
 * committed batches on one thread. Papers are written in file order whatever order annotation
 * finishes in, each under an id no other file's paper holds (see {@link PaperIds}), and what was
 * done with each is printed once the batch holding it is committed.
 */
final class IngestPipeline {
  /**
   * How a run goes.
   *
   * @param batch papers per committed batch
   * @param threads annotation threads
   * @param rebuild re-index every file, also those whose content is already indexed, and commit
   *     once at the end instead of every batch: each commit costs a flush, a sync and a refresh
   *     (a quarter of a rebuild's time on 129 papers), and until the end searches see the old
   *     index, which a crash leaves whole
   */
  record Options(int batch, int threads, boolean rebuild) {
    Options {
      if (batch < 1) {
        throw new UsageException("--batch must be at least 1, got " + batch);
      }
      if (threads < 1) {
        throw new UsageException("--threads must be at least 1, got " + threads);
      }
    }
  }

  /**
   * A paper under way: its source in the corpus, its annotated index document to come, and a
   * note on its id (or null).
   */
  private record Pending(String source, Future<IndexablePaper> prepared, String note) {}

  private final CorpusReader reader;
  private final PaperAnalysis analysis;
  private final Options options;
  private final PrintWriter out;
  private final PrintWriter err;
  private Map<String, String> labels = Map.of();
  /** What the papers written since the last commit did, to print once it is committed. */
  private final List<String> uncommitted = new ArrayList<>();

  IngestPipeline(CorpusReader reader, PaperAnalysis analysis, Options options, PrintWriter out,
      PrintWriter err) {
    this.reader = reader;
    this.analysis = analysis;
    this.options = options;
    this.out = out;
    this.err = err;
  }

  /** Ingests the given files of the corpus into the index at {@code lucene}. */
  IngestSummary run(Path corpusRoot, List<Path> files, Path lucene) throws IOException {
    IngestSummary summary = new IngestSummary();
    try (RecordWriter writer = RecordWriter.open(lucene)) {
      run(corpusRoot, files, writer, summary, Map.of());
    }
    return summary;
  }

  /**
   * Ingests the given files of the corpus with an open writer, committing every batch and at
   * the end, counting into {@code summary}.
   *
   * @param labels what to call a file (by corpus-relative source) in the lines printed, such as
   *     the path a librarian gave; files not in it go by their source
   */
  void run(Path corpusRoot, List<Path> files, RecordWriter writer, IngestSummary summary,
      Map<String, String> labels) throws IOException {
    this.labels = labels;
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try (ProgressBar progress = progress(files)) {
      // a rebuild re-indexes every file: what is indexed now does not matter
      Map<String, IndexedSource> indexed =
          options.rebuild() ? Map.of() : writer.indexed().sources();
      Optional<String> madeBy = analysis.fingerprint();
      PaperIds ids = new PaperIds(writer.indexed().idsBySource());
      Deque<Pending> pending = new ArrayDeque<>();
      int sinceCommit = 0;
      for (Path file : files) {
        ReadResult read = reader.read(corpusRoot, file);
        if (!read.ok()) {
          reject(summary, read.problem());
          progress.step();
        } else if (unchanged(read.paper(), indexed.get(read.paper().source()), madeBy)) {
          summary.count(IngestSummary.Outcome.UNCHANGED);
          progress.step();
        } else {
          Paper paper = read.paper();
          String id = ids.assign(paper);
          String base = PaperIds.workId(paper);
          String note = id == null || id.equals(base) ? null
              : "; " + base + " is the id of " + labelOf(ids.holder(base))
                  + ", of the same title and year";
          pending.add(new Pending(paper.source(), pool.submit(() -> {
            PaperRecord record = PaperIds.withId(analysis.analyse(paper), id);
            return writer.prepare(record, madeBy);
          }), note));
        }
        while (pending.size() > 2 * options.threads()
            || (!pending.isEmpty() && pending.peek().prepared().isDone())) {
          sinceCommit += write(writer, pending.poll(), summary, progress);
          if (sinceCommit >= options.batch() && !options.rebuild()) {
            commit(writer);
            sinceCommit = 0;
          }
        }
      }
      while (!pending.isEmpty()) {
        write(writer, pending.poll(), summary, progress);
      }
      commit(writer);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Whether the index holds this file's content with a record that this program made: a record
   * that another program made (an edited gazetteer or taxonomy changes the fingerprint) is
   * computed again. Without a fingerprint of this program, the content alone decides.
   */
  private static boolean unchanged(Paper paper, IndexedSource indexed,
      Optional<String> madeBy) {
    return indexed != null && paper.contentHash().equals(indexed.hash())
        && madeBy.map(fingerprint -> fingerprint.equals(indexed.madeBy())).orElse(true);
  }

  private int write(RecordWriter writer, Pending next, IngestSummary summary, ProgressBar progress)
      throws IOException {
    progress.step();
    IndexablePaper prepared;
    try {
      prepared = next.prepared().get();
    } catch (ExecutionException e) {
      reject(summary, next.source(), Rejection.Reason.ANNOTATION_FAILED,
          "annotation failed: " + e.getCause());
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while annotating " + next.source(), e);
    }
    ParsedPaper parsed = prepared.record().paper();
    parsed.problems().forEach(p -> err.println("warning " + p));
    summary.unparsedReferences((int) parsed.problems().stream()
        .filter(p -> p.reason().equals("unparsed-reference")).count());
    WriteOutcome outcome;
    try {
      outcome = writer.write(prepared);
    } catch (IllegalArgumentException e) {
      // Lucene refuses this document (an immense term, say) and keeps the others: this record
      // is rejected, the rest of the batch goes on
      reject(summary, parsed.paper().source(), Rejection.Reason.UNINDEXABLE,
          "the index refuses the record " + parsed.id() + ": " + e.getMessage());
      return 0;
    }
    summary.count(IngestSummary.Outcome.valueOf(outcome.name()));
    String source = parsed.paper().source();
    uncommitted.add(outcome.name().toLowerCase(Locale.ROOT) + " " + labelOf(source)
        + " as " + parsed.id() + (labels.containsKey(source) ? " (" + source + ")" : "")
        + (next.note() == null ? "" : next.note()));
    return 1;
  }

  /** Commits what was written, then says what the commit holds: never before it is durable. */
  private void commit(RecordWriter writer) throws IOException {
    writer.commit();
    uncommitted.forEach(out::println);
    out.flush();
    uncommitted.clear();
  }

  private String labelOf(String source) {
    return labels.getOrDefault(source, source);
  }

  private void reject(IngestSummary summary, String source, Rejection.Reason reason,
      String detail) {
    reject(summary, reason.problem(source, detail));
  }

  private void reject(IngestSummary summary, Problem problem) {
    err.println("rejected " + labelOf(problem.source()) + ": " + problem.detail());
    summary.rejected(problem.reason());
  }

  /** A progress bar on the terminal for long runs; silent when output is not a terminal. */
  private static ProgressBar progress(List<Path> files) {
    ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("ingest")
        .setInitialMax(files.size()).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500);
    if (System.console() == null || files.size() < 5) {
      // A width given, so that no terminal is queried for one (JLine: tens of milliseconds).
      builder.setConsumer(new DelegatingProgressBarConsumer(line -> { }, 80));
    }
    return builder.build();
  }
}
