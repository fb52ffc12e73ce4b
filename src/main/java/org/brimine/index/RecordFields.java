package org.brimine.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.brimine.model.PaperRecord;
import org.brimine.model.Reference;

/**
 * The values of each field of a record as the local index would hold them, as plain strings
 * and numbers, for an engine that builds its own documents (a SolrCloud collection). Read off the
 * document {@link DocumentFactory} makes, so the two cannot differ in what a field holds.
 *
 * <p>Left out: {@link Schema#RECORD} (the whole record, kept by the local index and the record
 * cache), the facet module's own fields, and the values a field has twice in Lucene (the year's
 * point and doc values beside its stored value, the theme weights' features beside theme_weight).
 */
public final class RecordFields {
  private final DocumentFactory factory = new DocumentFactory();

  /** The fields of a paper's document, field by field in the order they were added. */
  public Map<String, List<Object>> paper(PaperRecord record) throws IOException {
    return values(factory.paper(record, null));
  }

  /** The fields of a reference's document. */
  public Map<String, List<Object>> reference(String id, Reference reference) throws IOException {
    return values(factory.reference(id, reference));
  }

  private static Map<String, List<Object>> values(Document doc) {
    Map<String, List<Object>> values = new LinkedHashMap<>();
    String weights = Schema.themeWeight("");
    for (IndexableField f : doc) {
      String name = f.name();
      Object value = null;
      if (name.startsWith("$") || name.equals(Schema.RECORD) || f instanceof FeatureField) {
        continue;
      }
      if (f.fieldType().stored()) {
        value = f.stringValue() != null ? f.stringValue() : f.numericValue();
      } else if (f.fieldType().indexOptions() != IndexOptions.NONE) {
        value = f.stringValue();
      } else if (f.fieldType().docValuesType() == DocValuesType.SORTED_SET
          && name.equals(Schema.KEYPHRASE_COUNT)) {
        value = f.binaryValue().utf8ToString();
      } else if (f.fieldType().docValuesType() == DocValuesType.NUMERIC) {
        if (name.startsWith(weights)) {
          // DoubleDocValuesField holds the double's bits as a long
          value = Double.longBitsToDouble(f.numericValue().longValue());
        } else if (name.equals(Schema.CITED_BY)) {
          value = f.numericValue().intValue();
        }
      }
      if (value instanceof BytesRef bytes) {
        value = bytes.utf8ToString();
      }
      if (value != null) {
        values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      }
    }
    return values;
  }
}
