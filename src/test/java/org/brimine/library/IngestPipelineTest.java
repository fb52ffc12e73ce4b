package org.brimine.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.IngestLimits;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest run tells its listener what it does with each file, and prints nothing itself. */
class IngestPipelineTest {
  @TempDir
  Path work;

  /** What a run told, one line per event. */
  private static final class Told implements IngestListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void started(int files) {
      events.add("started " + files);
    }

    @Override
    public void stepped() {
      events.add("stepped");
    }

    @Override
    public void finished() {
      events.add("finished");
    }

    @Override
    public void rejected(String label, String reason, String detail) {
      events.add("rejected " + label + " " + reason + ": " + detail);
    }

    @Override
    public void committed(List<IndexedFile> files) {
      events.add("committed " + files);
    }
  }

  @Test
  void tellsTheListenerOfEachRejectedFileAndOfTheEmptyCommit() throws IOException {
    Path papers = Files.createDirectories(work.resolve("corpus/papers"));
    Files.writeString(papers.resolve("blank.txt"), "");
    Files.writeString(papers.resolve("spaces.txt"), "   \n");
    CorpusReader reader = new CorpusReader(IngestLimits.DEFAULT);
    PaperAnnotator never = new PaperAnnotator(() -> {
      throw new IllegalStateException("no file here reaches the annotator");
    }, Gazetteer::load, null);
    Told told = new Told();

    IngestSummary summary = new IngestPipeline(reader,
        new PaperAnalysis(never, new ThemeStage(Taxonomy.load()), null),
        new IngestSettings(20, 1, false), told)
        .run(work.resolve("corpus"), reader.documents(work.resolve("corpus")),
            work.resolve("index/lucene"));

    assertEquals(List.of("started 2",
        "rejected papers/blank.txt empty: file has no text (0 bytes)", "stepped",
        "rejected papers/spaces.txt empty: file has no text (4 bytes)", "stepped",
        "committed []", "finished"), told.events);
    assertEquals("2 files: 0 added, 0 replaced, 0 unchanged, 2 rejected {empty=2}",
        summary.line());
  }

  @Test
  void refusesABatchOrThreadCountBelowOneQuotingIt() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> new IngestSettings(0, 1, false));
    assertEquals("batch must be at least 1, got 0", e.getMessage());
  }
}
