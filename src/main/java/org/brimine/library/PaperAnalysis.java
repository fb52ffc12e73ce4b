package org.brimine.library;

import java.util.Optional;
import org.brimine.annotate.JsonCache;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.annotate.PaperVectors;
import org.brimine.model.Paper;
import org.brimine.model.PaperRecord;
import org.brimine.model.PaperVector;
import org.brimine.model.ParsedPaper;
import org.brimine.parse.PaperParser;
import org.brimine.themes.ThemeStage;

/**
 * A paper through the analysis stages, parse, annotate and themes, to the record the index
 * takes. The records are cached by the paper's source and content hash, under a fingerprint of
 * the program and of the annotator, so a rebuild of an unchanged corpus reads each record back
 * instead of parsing, annotating and tagging again, and a changed program or lexicon never
 * gets a record it would compute differently. A paper's dense vector comes apart from its
 * record ({@link #vector}), from a cache of its own, so a rebuild never runs the model again
 * either. Thread-safe.
 */
public final class PaperAnalysis {
  private final PaperParser parser = new PaperParser();
  private final PaperAnnotator annotator;
  private final ThemeStage themes;
  private final JsonCache<PaperRecord> records;
  private final PaperVectors vectors;

  /**
   * An analysis that gives papers no vectors.
   *
   * @param records the cache of records, or null for none
   */
  public PaperAnalysis(PaperAnnotator annotator, ThemeStage themes,
      JsonCache<PaperRecord> records) {
    this(annotator, themes, records, null);
  }

  /**
   * @param records the cache of records, or null for none
   * @param vectors gives papers their dense vectors (cached apart from the records), or null
   *     for none
   */
  public PaperAnalysis(PaperAnnotator annotator, ThemeStage themes,
      JsonCache<PaperRecord> records, PaperVectors vectors) {
    this.annotator = annotator;
    this.themes = themes;
    this.records = records;
    this.vectors = vectors;
  }

  /** The same analysis giving papers no vectors (to measure what the vectors cost). */
  public PaperAnalysis withoutVectors() {
    return new PaperAnalysis(annotator, themes, records, null);
  }

  /** The dense vector of a paper, from the vector cache or computed; none without vectors. */
  public Optional<PaperVector> vector(ParsedPaper paper) {
    return vectors == null ? Optional.empty() : vectors.of(paper);
  }

  /**
   * The fingerprint of the program and annotator that make the records (that of the cache of
   * records), or empty when there is no cache and so no fingerprint.
   */
  public Optional<String> fingerprint() {
    return Optional.ofNullable(records).map(JsonCache::fingerprint);
  }

  /** The record of a paper, from the cache or computed (and then cached). */
  public PaperRecord analyse(Paper paper) {
    String key = paper.source() + "\u0000" + paper.contentHash();
    if (records != null) {
      var cached = records.get(key);
      if (cached.isPresent()) {
        return cached.get();
      }
    }
    PaperRecord record = PaperRecord.of(themes.apply(annotator.annotate(parser.parse(paper))));
    if (records != null) {
      records.offer(key, record);
    }
    return record;
  }
}
