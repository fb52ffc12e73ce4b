package org.brimine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.brimine.annotate.MiniLmEmbedder;
import org.brimine.index.RecordWriter;
import org.brimine.index.Schema;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.IngestLimits;
import org.brimine.library.IngestListener;
import org.brimine.library.IngestPipeline;
import org.brimine.library.IngestSettings;
import org.brimine.library.RecordLines;
import org.brimine.library.RecordsIndex;
import org.brimine.library.StageFactory;
import org.brimine.model.PaperRecord;
import org.brimine.model.Problem;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] mode makes the records {@code bri ingest} makes of the same files,
 * rejects bad files by name without failing, and {@code bri index --records} indexes its output.
 * One Spark job and one CoreNLP load (the executors' stages serve the ingest too: local mode runs
 * them in this JVM).
 */
class AnnotateJobTest {
  @TempDir
  Path work;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void writesTheRecordsIngestMakesAndRejectsBadFilesByName() throws IOException {
    Path corpus = work.resolve("corpus");
    Path papers = Files.createDirectories(corpus.resolve("papers"));
    String seed = "international-financial-cooperation-strategy-belt-and-road";
    for (String name : List.of(seed + ".txt", seed + ".meta.json")) {
      Files.copy(Path.of("src/test/resources/corpus/papers", name), papers.resolve(name));
    }
    Files.copy(Path.of("src/test/resources/papers/author-year-no-abstract.txt"),
        papers.resolve("author-year-no-abstract.txt"));
    Files.write(papers.resolve("broken.txt"), new byte[] {'a', 0, 'b', 0, 'c'});
    String missing = work.resolve("elsewhere/missing.txt").toUri().toString();
    Path out = work.resolve("records");

    AnnotateJob.Written written;
    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("AnnotateJobTest")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1");
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      List<String> files = new ArrayList<>(
          AnnotateJob.corpusFiles(corpus.toString(), spark.hadoopConfiguration()));
      files.add(missing);
      written = AnnotateJob.run(spark, files, out.toUri().toString(), 2);
    }

    Map<String, PaperRecord> records = new TreeMap<>();
    Map<String, Problem> rejected = new TreeMap<>();
    RecordLines lines = new RecordLines();
    try (Stream<Path> parts = Files.list(out)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
          .toList()) {
        for (String text : Files.readAllLines(part)) {
          RecordLines.Line line = lines.read(text);
          if (line.record() != null) {
            records.put(line.record().paper().paper().source(), line.record());
          } else {
            rejected.put(line.rejected().source(), line.rejected());
          }
        }
      }
    }
    assertEquals(new AnnotateJob.Written(2, 2), written);
    assertEquals(List.of("papers/author-year-no-abstract.txt", "papers/" + seed + ".txt"),
        List.copyOf(records.keySet()));
    assertEquals("binary", rejected.get("papers/broken.txt").reason());
    assertTrue(rejected.get(missing).detail().contains("missing.txt"),
        rejected.get(missing).detail());

    // bri ingest of the same corpus, with the stages the job's executor built
    CorpusReader reader = new CorpusReader(IngestLimits.DEFAULT);
    Path ingested = work.resolve("ingested");
    new IngestPipeline(reader, ExecutorStages.get().analysis(), new IngestSettings(20, 1, false),
        new IngestListener() {}).run(corpus, reader.documents(corpus), ingested);
    // bri index --records of the job's output
    Path fromRecords = work.resolve("from-records");
    RecordsIndex.Indexed indexed;
    try (RecordWriter writer = RecordWriter.open(fromRecords)) {
      indexed = new RecordsIndex(StageFactory.vectors((Path) null)).index(out, writer);
    }
    assertEquals(2, indexed.added());
    // ingest gives papers dense vectors, and so does index --records
    assertEquals(2, vectors(ingested));
    assertEquals(2, vectors(fromRecords));
    assertEquals(2, indexed.rejected().size());

    try (RecordSearcher byIngest = RecordSearcher.open(ingested, Ranking.DEFAULT);
        RecordSearcher byIndex = RecordSearcher.open(fromRecords, Ranking.DEFAULT)) {
      for (PaperRecord record : records.values()) {
        String id = record.paper().id();
        PaperRecord ingest = byIngest.lookup().find(id).orElseThrow().paper();
        assertTrue(!ingest.entities().isEmpty() && !ingest.themes().isEmpty(), id);
        assertEquals(json.valueToTree(ingest), json.valueToTree(record), id);
        assertEquals(json.valueToTree(ingest),
            json.valueToTree(byIndex.lookup().find(id).orElseThrow().paper()), id);
      }
      assertNull(byIngest.lookup().find("broken").orElse(null));
    }
  }

  /** How many documents of the index have an English paper vector. */
  private static int vectors(Path index) throws IOException {
    String field = Schema.vector(MiniLmEmbedder.NAME, 384);
    int count = 0;
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      for (LeafReaderContext leaf : reader.leaves()) {
        FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
        count += values == null ? 0 : values.size();
      }
    }
    return count;
  }
}
