package org.brimine.library;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * done with each is told to the listener once the batch holding it is committed.
 */
public final class IngestPipeline {
  /**
   * A paper under way: its source in the corpus, its annotated index document to come, and,
   * when another file's paper holds its work id, that id and the file (else both null).
   */
  private record Pending(String source, Future<IndexablePaper> prepared, String sharedId,
      String sharedBy) {}

  private final CorpusReader reader;
  private final PaperAnalysis analysis;
  private final IngestSettings options;
  private final IngestListener listener;
  private Map<String, String> labels = Map.of();
  private Set<String> merges = Set.of();
  /** What the papers written since the last commit did, to tell once it is committed. */
  private final List<IndexedFile> uncommitted = new ArrayList<>();

  public IngestPipeline(CorpusReader reader, PaperAnalysis analysis, IngestSettings options,
      IngestListener listener) {
    this.reader = reader;
    this.analysis = analysis;
    this.options = options;
    this.listener = listener;
  }

  /** Ingests the given files of the corpus into the index at {@code lucene}. */
  public IngestSummary run(Path corpusRoot, List<Path> files, Path lucene) throws IOException {
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
   * @param labels what to call a file (by corpus-relative source) in what is told, such as
   *     the path a librarian gave; files not in it go by their source
   */
  public void run(Path corpusRoot, List<Path> files, RecordWriter writer, IngestSummary summary,
      Map<String, String> labels) throws IOException {
    run(corpusRoot, files, writer, summary, labels, Set.of());
  }

  /**
   * As {@link #run(Path, List, RecordWriter, IngestSummary, Map)}, telling the files of
   * {@code merges} (corpus-relative sources: a librarian's {@link Librarian#merges}) that replace
   * their record as merged: another record of the same work merged into it.
   */
  public void run(Path corpusRoot, List<Path> files, RecordWriter writer, IngestSummary summary,
      Map<String, String> labels, Set<String> merges) throws IOException {
    this.labels = labels;
    this.merges = merges;
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    listener.started(files.size());
    try {
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
          listener.stepped();
        } else if (unchanged(read.paper(), indexed.get(read.paper().source()), madeBy)) {
          summary.count(IngestSummary.Outcome.UNCHANGED);
          listener.stepped();
        } else {
          Paper paper = read.paper();
          String id = ids.assign(paper);
          String base = PaperIds.workId(paper);
          boolean shared = id != null && !id.equals(base);
          pending.add(new Pending(paper.source(), pool.submit(() -> {
            PaperRecord record = PaperIds.withId(analysis.analyse(paper), id);
            return writer.prepare(record, madeBy, analysis.vector(record.paper()));
          }), shared ? base : null, shared ? labelOf(ids.holder(base)) : null));
        }
        while (pending.size() > 2 * options.threads()
            || (!pending.isEmpty() && pending.peek().prepared().isDone())) {
          sinceCommit += write(writer, pending.poll(), summary);
          if (sinceCommit >= options.batch() && !options.rebuild()) {
            commit(writer);
            sinceCommit = 0;
          }
        }
      }
      while (!pending.isEmpty()) {
        write(writer, pending.poll(), summary);
      }
      commit(writer);
    } finally {
      pool.shutdownNow();
      listener.finished();
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

  private int write(RecordWriter writer, Pending next, IngestSummary summary)
      throws IOException {
    listener.stepped();
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
    parsed.problems().forEach(listener::warned);
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
    IngestSummary.Outcome done = IngestSummary.Outcome.valueOf(outcome.name());
    String source = parsed.paper().source();
    if (done == IngestSummary.Outcome.REPLACED && merges.contains(source)) {
      done = IngestSummary.Outcome.MERGED;
    }
    summary.count(done);
    uncommitted.add(new IndexedFile(done, source, labels.get(source), parsed.id(),
        next.sharedId(), next.sharedBy()));
    return 1;
  }

  /** Commits what was written, then tells what the commit holds: never before it is durable. */
  private void commit(RecordWriter writer) throws IOException {
    writer.commit();
    listener.committed(List.copyOf(uncommitted));
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
    listener.rejected(labelOf(problem.source()), problem.reason(), problem.detail());
    summary.rejected(problem.reason());
  }
}
