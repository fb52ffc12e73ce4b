package org.brimine.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.facet.FacetsConfig;
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
 * cache), the facet module's own fields (read back as {@link Values#facets}), and the values a field has twice in Lucene (the year's
 * point and doc values beside its stored value, the theme weights' features beside theme_weight).
 */
public final class RecordFields {
  private final DocumentFactory factory = new DocumentFactory();

  /**
   * A record's values.
   *
   * @param fields per field, its values in the order they were added (mutable, for a caller that
   *     sets one more)
   * @param facets per facet dimension, the values it is counted under: an entity's canonical name
   *     alone, where its field also holds the aliases
   * @param themeFeatures per theme id, the value of the theme's feature in {@link
   *     Schema#THEME_WEIGHT} (the FeatureField a {@code theme:} query ranks by): the weight, at
   *     least 1e-4
   */
  public record Values(Map<String, List<Object>> fields, Map<String, List<String>> facets,
      Map<String, Float> themeFeatures) {}

  /** The values of a paper's document. */
  public Values paper(PaperRecord record) throws IOException {
    return values(factory.paper(record, null));
  }

  /** The values of a reference's document. */
  public Values reference(String id, Reference reference) throws IOException {
    return values(factory.reference(id, reference));
  }

  private static Values values(Document doc) {
    Map<String, List<Object>> values = new LinkedHashMap<>();
    Map<String, List<String>> facets = new LinkedHashMap<>();
    Map<String, Float> features = new LinkedHashMap<>();
    String weights = Schema.themeWeight("");
    String facetField = new FacetsConfig().getDimConfig("any").indexFieldName;
    for (IndexableField f : doc) {
      String name = f.name();
      Object value = null;
      if (name.equals(facetField) && f.fieldType().indexOptions() != IndexOptions.NONE) {
        // the facet module's drill-down terms: dimension, separator, value
        String[] path = FacetsConfig.stringToPath(f.stringValue());
        if (path.length == 2) {
          List<String> dim = facets.computeIfAbsent(path[0], k -> new ArrayList<>());
          if (!dim.contains(path[1])) {
            dim.add(path[1]);
          }
        }
        continue;
      }
      if (f instanceof FeatureField feature && name.equals(Schema.THEME_WEIGHT)) {
        features.put(feature.stringValue(), feature.getFeatureValue());
        continue;
      }
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
    return new Values(values, facets, features);
  }
}
