package org.brimine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.brimine.annotate.PaperVectors;
import org.brimine.eval.CollectionDoc;
import org.brimine.eval.ScoredDoc;
import org.brimine.index.HanText;
import org.brimine.index.RecordWriter;
import org.brimine.index.Stemming;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.PaperVector;
import org.brimine.search.RankedRecord;

/**
 * A test collection indexed as the evaluations read it: each document a paper with its vector
 * (as ingest gives one), with how long the vectors took.
 *
 * @param embedded the documents that got a vector
 * @param embedNanos the time spent making (or reading from the cache) the vectors
 */
record CollectionIndex(int embedded, long embedNanos) {
  /** Writes {@code docs} into a new index in {@code dir}. */
  static CollectionIndex write(List<CollectionDoc> docs, Path dir, Stemming stemming,
      HanText han, PaperVectors vectors) throws IOException {
    int embedded = 0;
    long nanos = 0;
    try (RecordWriter writer = RecordWriter.open(dir, stemming, han)) {
      for (CollectionDoc doc : docs) {
        AnnotatedPaper paper = doc.asPaper();
        long t = System.nanoTime();
        PaperVector vector = vectors.of(paper.parsed()).orElse(null);
        nanos += System.nanoTime() - t;
        embedded += vector == null ? 0 : 1;
        writer.write(paper, vector);
      }
      writer.commit();
    }
    return new CollectionIndex(embedded, nanos);
  }

  /** A ranking as the evaluations score it. */
  static List<ScoredDoc> scored(List<RankedRecord> hits) {
    return hits.stream().map(h -> new ScoredDoc(h.id(), h.score())).toList();
  }
}
