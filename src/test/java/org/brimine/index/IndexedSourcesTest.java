package org.brimine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.brimine.index.IndexedSources.IndexedSource;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.CitedReference;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.PaperRecord;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an ingest learns of each indexed source file, read from the terms. */
class IndexedSourcesTest {
  @TempDir
  Path dir;

  private static PaperRecord paper(String id, String source, String hash,
      List<CitedReference> cites) {
    PaperMetadata meta = new PaperMetadata("Title of " + id, List.of(), 2020, null, null, null,
        "en");
    Paper paper = new Paper(id, source, "Text of " + id + ".", meta, hash);
    ParsedPaper parsed = new ParsedPaper(id, paper, "Title of " + id, false, "Text of " + id + ".",
        List.of(), cites, List.of());
    return PaperRecord.of(
        new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), List.of()));
  }

  @Test
  void sourcesGiveTheHashAndMakerOfEachFileAfterAddReplaceAndDelete() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(writer.prepare(paper("a", "papers/a.txt", "hash-a1", List.of(
          new CitedReference("cited-work", Reference.unparsed("Cited work, 2019.")))),
          Optional.of("program-1")));
      writer.write(writer.prepare(paper("b", "papers/b.txt", "hash-b1", List.of()),
          Optional.empty()));
      writer.write(writer.prepare(paper("c", "papers/c.txt", "hash-c1", List.of()),
          Optional.of("program-1")));
      writer.commit();
      assertEquals(Map.of(
          "papers/a.txt", new IndexedSource("hash-a1", "program-1"),
          "papers/b.txt", new IndexedSource("hash-b1", null),
          "papers/c.txt", new IndexedSource("hash-c1", "program-1")),
          writer.indexed().sources(), "references have no source and are left out");

      // a's file changed and another program indexed it; b's file now parses to another id
      writer.write(writer.prepare(paper("a", "papers/a.txt", "hash-a2", List.of()),
          Optional.of("program-2")));
      writer.write(writer.prepare(paper("b2", "papers/b.txt", "hash-b2", List.of()),
          Optional.of("program-2")));
      writer.remove("c");
      writer.commit();
      assertEquals(Map.of(
          "papers/a.txt", new IndexedSource("hash-a2", "program-2"),
          "papers/b.txt", new IndexedSource("hash-b2", "program-2")),
          writer.indexed().sources());
      assertEquals(Map.of("papers/a.txt", "a", "papers/b.txt", "b2"),
          writer.indexed().idsBySource());
    }
  }

  @Test
  void theMakerOfARecordIsIndexedSoThatItIsReadFromTheTerms() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(writer.prepare(paper("a", "papers/a.txt", "hash-a", List.of()),
          Optional.of("program-1")));
      writer.commit();
    }
    try (var directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(1, reader.docFreq(new Term(Schema.MADE_BY, "program-1")));
    }
  }
}
