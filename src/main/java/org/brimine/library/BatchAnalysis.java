package org.brimine.library;

import java.io.IOException;
import java.nio.file.Path;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.annotate.TextAnnotator;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.IngestLimits;
import org.brimine.ingest.ReadResult;
import org.brimine.ingest.Rejection;
import org.brimine.model.Paper;

/**
 * One file to one line of {@link RecordLines}, away from any index: read as {@code bri ingest}
 * reads it, then parsed, annotated and tagged with themes by the product's stages, under its work
 * id. For batch annotation on many machines (the Spark job), where each machine builds one and
 * shares it between its threads. No caches: a batch job's machines share no disk. Thread-safe.
 */
public final class BatchAnalysis {
  private final CorpusReader reader;
  private final PaperAnalysis analysis;
  private final RecordLines lines = new RecordLines();

  public BatchAnalysis(CorpusReader reader, PaperAnalysis analysis) {
    this.reader = reader;
    this.analysis = analysis;
  }

  /**
   * The stages it runs, for a caller that also ingests in the same JVM (a test in Spark's local
   * mode) and so loads CoreNLP once.
   */
  public PaperAnalysis analysis() {
    return analysis;
  }

  /**
   * The product's stages (CoreNLP loaded on first use) with the default file size limit. The
   * analysis can give vectors as ingest's does (the model loads only when asked): the lines carry
   * none, {@code bri index --records} computes them.
   */
  public static BatchAnalysis product() {
    PaperAnnotator annotator = new PaperAnnotator(() -> TextAnnotator.load(NerMode.PRODUCT),
        Gazetteer::load, null);
    return new BatchAnalysis(new CorpusReader(IngestLimits.DEFAULT),
        new PaperAnalysis(annotator, StageFactory.themes(), null,
            StageFactory.vectors((java.nio.file.Path) null)));
  }

  /**
   * The line of one document file of the corpus rooted at {@code corpusRoot} (its source is the
   * path relative to the root, as in {@code bri ingest}): its record, or its rejection when it
   * cannot be read or analysed. Never throws for a bad file.
   */
  public String line(Path corpusRoot, Path file) {
    String source = corpusRoot.relativize(file).toString().replace('\\', '/');
    ReadResult read;
    try {
      read = reader.read(corpusRoot, file);
    } catch (IOException | RuntimeException e) {
      return lines.rejection(Rejection.Reason.NOT_FOUND.problem(source,
          "cannot read the file: " + e));
    }
    if (!read.ok()) {
      return lines.rejection(read.problem());
    }
    Paper paper = read.paper();
    try {
      return lines.record(PaperIds.withId(analysis.analyse(paper), PaperIds.workId(paper)));
    } catch (RuntimeException e) {
      return lines.rejection(Rejection.Reason.ANNOTATION_FAILED.problem(source,
          "annotation failed: " + e));
    }
  }

  /** The line of a file that could not be fetched to be read, naming it as given. */
  public String unfetched(String file, Exception e) {
    return lines.rejection(Rejection.Reason.NOT_FOUND.problem(file, "cannot fetch the file: " + e));
  }
}
