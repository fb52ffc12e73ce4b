package org.brimine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.CitedReference;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.RecordKind;
import org.brimine.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes whose searcher lags behind the batch: what the writer must remember itself. */
class RecordWriterTest {
  @TempDir
  Path dir;

  private static AnnotatedPaper paper(String id, String source, List<CitedReference> cites) {
    PaperMetadata meta = new PaperMetadata("Title of " + id, List.of(), 2020, null, null, null,
        "en");
    Paper paper = new Paper(id, source, "Text of " + id + ".", meta, Hashes.sha256(source + id));
    ParsedPaper parsed = new ParsedPaper(id, paper, "Title of " + id, false, "Text of " + id + ".",
        List.of(), cites, List.of());
    return new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), List.of());
  }

  @Test
  void aPaperDeletedEarlierInTheBatchIsCitedAsAReference() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(paper("old-id", "papers/x.txt", List.of()));
      writer.commit();
      // the same file now parses to another id (as after a parser change, in a rebuild): the
      // paper under the old id is deleted, but the writer's searcher still sees it until the
      // next refresh
      writer.write(paper("new-id", "papers/x.txt", List.of()));
      writer.write(paper("citing", "papers/y.txt",
          List.of(new CitedReference("old-id", Reference.unparsed("Old work, 2020.")))));
      writer.commit();

      assertEquals(RecordKind.REFERENCE, writer.find("old-id").orElseThrow().kind(),
          "the cited work keeps a record, now a reference");
      assertEquals(RecordKind.PAPER, writer.find("new-id").orElseThrow().kind());
    }
  }

  @Test
  void aPaperWrittenEarlierInTheBatchIsNotOverwrittenByAReference() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(paper("cited", "papers/a.txt", List.of()));
      writer.write(paper("citing", "papers/b.txt",
          List.of(new CitedReference("cited", Reference.unparsed("Cited work, 2020.")))));
      writer.commit();
      assertEquals(RecordKind.PAPER, writer.find("cited").orElseThrow().kind());
      assertFalse(writer.find("missing").isPresent());
    }
  }

  @Test
  void forceMergeLeavesOneSegmentWithEveryRecord() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      for (int i = 0; i < 3; i++) {
        writer.write(paper("p" + i, "papers/" + i + ".txt", List.of()));
        writer.commit();
      }
      assertEquals(3, segments(), "one segment a commit");
      writer.forceMerge(1);
      assertEquals(1, segments());
      for (int i = 0; i < 3; i++) {
        assertEquals(RecordKind.PAPER, writer.find("p" + i).orElseThrow().kind());
      }
    }
  }

  private int segments() throws IOException {
    try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
        var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
      return reader.leaves().size();
    }
  }
}
