package org.brimine.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.io.file.PathUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.brimine.Fixtures;
import org.brimine.annotate.AnnotationCache;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.index.Schema;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.IngestLimits;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bri ingest --rebuild} of an unchanged corpus (the seed and six variants of a small test
 * paper, more than the pipeline keeps under way, so that batches are written as it goes): every
 * record comes from the record cache, or when the program changed from the annotation cache,
 * never from CoreNLP; the new records are the same as the first ingest's and replace the old ones
 * at one commit whatever the batch size.
 */
class RebuildTest {
  @TempDir
  static Path work;
  private static Path corpus;
  private static Path index;
  private static final CorpusReader READER = new CorpusReader(IngestLimits.DEFAULT);
  private static final int PAPERS = 7;
  private static Map<String, BytesRef> firstRecords;
  private static final Consumer<String> NO_WARNINGS = warning -> { };

  @BeforeAll
  static void firstIngest() throws IOException {
    corpus = work.resolve("corpus");
    index = work.resolve("index");
    PathUtils.copyDirectory(Fixtures.CORPUS, corpus);
    String text = Fixtures.resource("papers/author-year-no-abstract.txt");
    for (int i = 1; i <= PAPERS - 1; i++) {
      Files.writeString(corpus.resolve("papers/ports-debt-" + i + ".txt"),
          text.replace("Ports, Debt and the Maritime Silk Road", "Ports and Debt, part " + i));
    }
    IngestSummary first = pipeline(StageFactory.analysis(library(), NO_WARNINGS), 1, false)
        .run(corpus, READER.documents(corpus), index.resolve("lucene"));
    firstRecords = storedRecords();
    assertEquals(PAPERS + " files: " + PAPERS + " added, 0 replaced, 0 unchanged, 0 rejected",
        first.line());
  }

  private static Library library() {
    return new Library(corpus, index);
  }

  private static IngestPipeline pipeline(PaperAnalysis analysis, int batch, boolean rebuild) {
    return new IngestPipeline(READER, analysis, new IngestSettings(batch, 2, rebuild),
        IngestListener.SILENT);
  }

  /** An annotator that takes every annotation from the cache and fails if it would run CoreNLP. */
  private static PaperAnnotator cacheOnly() {
    return new PaperAnnotator(() -> {
      throw new IllegalStateException("a rebuild of an unchanged corpus ran CoreNLP");
    }, Gazetteer::load, new AnnotationCache(index.resolve("cache"),
        AnnotationCache.fingerprint(NerMode.PRODUCT)));
  }

  /** Every record's stored value (JSON, deflated when long), by id. */
  private static Map<String, BytesRef> storedRecords() throws IOException {
    Map<String, BytesRef> records = new TreeMap<>();
    try (var dir = FSDirectory.open(index.resolve("lucene"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      Bits live = MultiBits.getLiveDocs(reader);
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          var fields = stored.document(doc);
          BytesRef deflated = fields.getBinaryValue(Schema.RECORD);
          records.put(fields.get(Schema.ID), deflated != null ? BytesRef.deepCopyOf(deflated)
              : new BytesRef(fields.get(Schema.RECORD)));
        }
      }
    }
    return records;
  }

  private static long generation() throws IOException {
    try (var dir = FSDirectory.open(index.resolve("lucene"));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return reader.getIndexCommit().getGeneration();
    }
  }

  private static List<String> ids(String query) throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(index.resolve("lucene"), Ranking.DEFAULT)) {
      return searcher.search(new SearchRequest(query, 0, 50, false)).hits().stream()
          .map(h -> h.id()).sorted().toList();
    }
  }

  @Test
  void rebuildNeverRunsCoreNlpAndCommitsOnce() throws IOException {
    List<String> all = ids("*:*");
    List<String> institutions = ids("institution:\"Export-Import Bank of China\"");
    assertFalse(institutions.isEmpty(), "the test paper names the Exim Bank");
    long before = generation();

    IngestSummary rebuild = pipeline(
        StageFactory.analysis(library(), cacheOnly(), NO_WARNINGS), 1, true)
        .run(corpus, READER.documents(corpus), index.resolve("lucene"));

    assertEquals(PAPERS + " files: 0 added, " + PAPERS + " replaced, 0 unchanged, 0 rejected",
        rebuild.line());
    assertEquals(before + 1, generation(), "one commit, with a batch of 1");
    assertEquals(all, ids("*:*"));
    assertEquals(institutions, ids("institution:\"Export-Import Bank of China\""));
    assertEquals(firstRecords, storedRecords());
  }

  @Test
  void rebuildReadsEveryRecordBackWithoutParsingOrTagging() throws IOException {
    // No annotation cache and no theme stage: a paper analysed again would be rejected.
    PaperAnalysis recordsOnly = new PaperAnalysis(new PaperAnnotator(() -> {
      throw new IllegalStateException("annotated a paper whose record is cached");
    }, Gazetteer::load, null), null, StageFactory.records(library(),
        cacheOnly().fingerprint().orElseThrow()
            + CodeFingerprint.ofThisProgram(NO_WARNINGS).orElseThrow()));

    IngestSummary rebuild = pipeline(recordsOnly, 20, true)
        .run(corpus, READER.documents(corpus), index.resolve("lucene"));

    assertEquals(PAPERS + " files: 0 added, " + PAPERS + " replaced, 0 unchanged, 0 rejected",
        rebuild.line());
    assertEquals(firstRecords, storedRecords());
  }

  @Test
  void aChangedProgramComputesItsRecordsAgainFromTheAnnotationCache() throws IOException {
    Path records = index.resolve("cache/records");
    long before = entries(records);
    String fingerprint = cacheOnly().fingerprint().orElseThrow() + "another program";
    PaperAnalysis changed = new PaperAnalysis(cacheOnly(), StageFactory.themes(),
        StageFactory.records(library(), fingerprint));

    IngestSummary rebuild = pipeline(changed, 20, true)
        .run(corpus, READER.documents(corpus), index.resolve("lucene"));

    assertEquals(PAPERS + " files: 0 added, " + PAPERS + " replaced, 0 unchanged, 0 rejected",
        rebuild.line());
    assertEquals(firstRecords, storedRecords(), "records computed again are the same");
    assertEquals(before + PAPERS, entries(records),
        "the new program's records are cached beside the old ones, not served from them");
  }

  @Test
  void aPlainIngestComputesAgainTheRecordsAnotherProgramMade() throws IOException {
    PaperAnalysis product = StageFactory.analysis(library(), cacheOnly(), NO_WARNINGS);
    pipeline(product, 20, false).run(corpus, READER.documents(corpus), index.resolve("lucene"));
    assertEquals(PAPERS + " files: 0 added, 0 replaced, " + PAPERS + " unchanged, 0 rejected",
        pipeline(product, 20, false).run(corpus, READER.documents(corpus),
            index.resolve("lucene")).line());
    // An edited gazetteer or taxonomy changes the program's fingerprint (CodeFingerprintTest).
    PaperAnalysis edited = new PaperAnalysis(cacheOnly(), StageFactory.themes(),
        StageFactory.records(library(), cacheOnly().fingerprint().orElseThrow()
            + CodeFingerprint.ofThisProgram(NO_WARNINGS).orElseThrow() + "-edited"));

    IngestSummary plain = pipeline(edited, 20, false)
        .run(corpus, READER.documents(corpus), index.resolve("lucene"));

    assertEquals(PAPERS + " files: 0 added, " + PAPERS + " replaced, 0 unchanged, 0 rejected",
        plain.line());
    assertEquals(PAPERS + " files: 0 added, 0 replaced, " + PAPERS + " unchanged, 0 rejected",
        pipeline(edited, 20, false).run(corpus, READER.documents(corpus),
            index.resolve("lucene")).line(), "once computed again, the records are current");
  }

  @Test
  void theRecordsAreKeyedByTheProgramAndTheAnnotator() throws IOException {
    var paper = READER.read(corpus, READER.documents(corpus).get(0)).paper();
    String key = paper.source() + "\u0000" + paper.contentHash();
    String annotator = cacheOnly().fingerprint().orElseThrow();
    String program = CodeFingerprint.ofThisProgram(NO_WARNINGS).orElseThrow();
    assertTrue(StageFactory.records(library(), annotator + program).get(key).isPresent(),
        "the first ingest cached the record under both fingerprints");
    assertTrue(StageFactory.records(library(), annotator + "x" + program).get(key).isEmpty());
    assertTrue(StageFactory.records(library(), annotator + program + "x").get(key).isEmpty());
  }

  private static long entries(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".json.gz")).count();
    }
  }
}
