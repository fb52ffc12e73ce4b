package org.brimine.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.brimine.model.PaperRecord;
import org.brimine.model.Reference;

/**
 * Turns the records stored in the index's {@link Schema#RECORD} field to JSON and back.
 *
 * <p>A paper's JSON is stored deflated. A stored document is decompressed whole whenever any of its
 * fields is read, and a paper's record is four fifths of it (some 23 KB of JSON against 5 KB for
 * every other field), so every page of hits paid for the records it never shows. Deflated, a
 * record is a fifth of its size and Lucene's own compression passes it through, which halved the
 * time to read a page's ten stored documents on 100k papers. Short records (references) stay
 * JSON text, as every record was in indexes written before 2026-11-28; both are read.
 */
public final class RecordCodec {
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * Records shorter than this (in chars of JSON) are stored as JSON text: Lucene's own
   * compression serves them (better than deflating each alone), and the writer rewrites some 11
   * reference records a paper, each of which set up a deflater. Writing the 100k-paper index took
   * 499 s with every record deflated and 371 s with short ones as text (1,240 and 1,176 MB);
   * 417-438 s (1,453 MB) before any was deflated.
   */
  static final int DEFLATE_FROM = 2_048;

  /** The stored field of a record: its JSON, deflated when long. */
  StoredField field(Object record) {
    String json;
    try {
      json = mapper.writeValueAsString(record);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write record " + record.getClass().getName(), e);
    }
    if (json.length() < DEFLATE_FROM) {
      return new StoredField(Schema.RECORD, json);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length() / 4);
    // BEST_SPEED: half the time of the default level for 15% more bytes (measured on 2,000 papers)
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try (OutputStream out = new DeflaterOutputStream(bytes, deflater)) {
      out.write(json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot deflate a record in memory", e);
    } finally {
      deflater.end();
    }
    return new StoredField(Schema.RECORD, bytes.toByteArray());
  }

  /** Reads the paper record stored in a document. */
  public PaperRecord paper(Document doc) {
    return read(doc, PaperRecord.class);
  }

  /** Reads the reference record stored in a document. */
  public Reference reference(Document doc) {
    return read(doc, Reference.class);
  }

  private <T> T read(Document doc, Class<T> type) {
    IndexableField field = doc.getField(Schema.RECORD);
    if (field == null) {
      throw new IllegalStateException("stored document of " + doc.get(Schema.ID)
          + " has no " + Schema.RECORD + " field");
    }
    BytesRef deflated = field.binaryValue();
    try {
      if (deflated == null) {
        return mapper.readValue(field.stringValue(), type);
      }
      try (InputStream in = new InflaterInputStream(
          new ByteArrayInputStream(deflated.bytes, deflated.offset, deflated.length))) {
        return mapper.readValue(in, type);
      }
    } catch (IOException e) {
      throw new IllegalStateException("stored record of " + doc.get(Schema.ID) + " is not a "
          + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
