package org.brimine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.brimine.Fixtures;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.PaperRecord;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.brimine.parse.PaperParser;
import org.junit.jupiter.api.Test;

/** Records go into the index deflated and come back equal; records of older indexes still read. */
class RecordCodecTest {
  private final RecordCodec codec = new RecordCodec();

  /** The seed paper's record: its real text, sections and four parsed references. */
  private static PaperRecord record() {
    ParsedPaper parsed = new PaperParser().parse(Fixtures.seed());
    return PaperRecord.of(
        new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), List.of()));
  }

  /** Stores the documents in a real index and reads them back, as the searcher does. */
  private static List<Document> storedAndRead(Document... docs) throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
        for (Document doc : docs) {
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        List<Document> read = new java.util.ArrayList<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          read.add(reader.storedFields().document(doc));
        }
        return read;
      }
    }
  }

  private static Document doc(String id, StoredField record) {
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, id, Field.Store.YES));
    if (record != null) {
      doc.add(record);
    }
    return doc;
  }

  /** A record as indexes before 2026-11-28 stored it, long or short: its JSON as text. */
  private static String json(Object record) throws IOException {
    return new String(new ObjectMapper().writeValueAsBytes(record), StandardCharsets.UTF_8);
  }

  @Test
  void longRecordsAreDeflatedShortOnesKeptAsTextAndBothComeBackEqual() throws IOException {
    PaperRecord paper = record();
    Reference reference = Reference.unparsed("Li, Ports, 2018.");
    StoredField paperField = codec.field(paper);
    StoredField referenceField = codec.field(reference);
    List<Document> read = storedAndRead(doc("p1", paperField), doc("r1", referenceField));

    assertEquals(paper, codec.paper(read.get(0)));
    assertEquals(reference, codec.reference(read.get(1)));
    int json = json(paper).length();
    int deflated = paperField.binaryValue().length;
    assertTrue(deflated * 3 < json, deflated + " bytes stored for " + json + " chars of JSON");
    assertEquals(json(reference), referenceField.stringValue(),
        "a record under " + RecordCodec.DEFLATE_FROM + " chars stays JSON text");
  }

  @Test
  void aRecordStoredAsJsonTextByAnOlderIndexIsStillRead() throws IOException {
    PaperRecord paper = record();
    Reference reference = Reference.unparsed("Li, Ports, 2018.");
    List<Document> read = storedAndRead(
        doc("p1", new StoredField(Schema.RECORD, json(paper))),
        doc("r1", new StoredField(Schema.RECORD, json(reference))));

    assertEquals(paper, codec.paper(read.get(0)));
    assertEquals(reference, codec.reference(read.get(1)));
  }

  @Test
  void aPaperRecordStoredBeforeFrontMatterAndKeywordsWereKeptReadsWithNone() throws IOException {
    PaperRecord paper = record();
    ObjectMapper mapper = new ObjectMapper();
    var tree = mapper.readTree(json(paper));
    var parsed = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("paper");
    parsed.remove(List.of("frontMatter", "keywords"));
    List<Document> read = storedAndRead(
        doc("p1", new StoredField(Schema.RECORD, mapper.writeValueAsString(tree))));

    PaperRecord old = codec.paper(read.get(0));
    assertEquals(List.of(), old.paper().keywords());
    assertEquals(List.of(), old.paper().frontMatter());
    assertEquals(paper, old);
  }

  @Test
  void aMissingOrDamagedRecordIsAnErrorNamingTheRecord() throws IOException {
    List<Document> read = storedAndRead(doc("p1", null),
        doc("p2", new StoredField(Schema.RECORD, new byte[] {1, 2, 3, 4})));

    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> codec.paper(read.get(0)));
    assertEquals("stored document of p1 has no record field", missing.getMessage());
    IllegalStateException damaged =
        assertThrows(IllegalStateException.class, () -> codec.paper(read.get(1)));
    assertTrue(damaged.getMessage().startsWith("stored record of p2 is not a PaperRecord: "),
        damaged.getMessage());
  }
}
