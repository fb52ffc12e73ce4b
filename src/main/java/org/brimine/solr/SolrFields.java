package org.brimine.solr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.index.Schema;

/**
 * What each field of {@link Schema} is in a Solr collection: its field type, and the field its
 * facet counts are taken from. Derived from the schema's own lists, so that a field added there
 * reaches the configset, and a field this class does not place is refused (see {@link #all}).
 */
final class SolrFields {
  private SolrFields() {}

  /** How a field is indexed in Solr, and the Solr field type that does it. */
  enum Kind {
    /** Analysed as English with Chinese words, stored, offsets for the highlighter. */
    TEXT("bri_text"),
    /** One lower-cased, ASCII-folded token per value, stored. */
    EXACT("bri_exact"),
    /** The value as it is, stored. */
    ID("string"),
    /** An int point, stored, doc values for sorting and facets. */
    YEAR("pint"),
    /** Stored floats, in the order of the theme values: the weights a hit shows. */
    WEIGHTS("pfloat"),
    /** An int with doc values only, for sorting. */
    COUNT("pint"),
    /** Strings with doc values only, read by summaries. */
    DOC_VALUES("string"),
    /** A double per theme ({@code theme_weight.<id>}), doc values only. */
    THEME_WEIGHT_VALUES("pdouble");

    final String solrType;

    Kind(String solrType) {
      this.solrType = solrType;
    }
  }

  /** The suffix of the doc-values copy of a facet dimension's values. */
  static final String FACET_SUFFIX = "_facet";

  /**
   * The start of a theme's rank field ({@link #themeRank}): Solr's RankField, which indexes the
   * value as a Lucene FeatureField named after the field, as {@link Schema#THEME_WEIGHT} holds
   * a feature per theme in the local index.
   */
  private static final String THEME_RANK = "theme_rank.";

  /** The field type of the theme rank fields. */
  static final String RANK_TYPE = "bri_rank";

  /** Solr's own field of a document's version, which SolrCloud needs. */
  static final String VERSION = "_version_";

  /**
   * Every field of the schema that a collection holds, with its kind, in the schema's order.
   * {@link Schema#RECORD} is left out: hits are read from the stored fields, and the whole
   * record stays in the local index and the record cache.
   */
  static Map<String, Kind> all() {
    Map<String, Kind> fields = new LinkedHashMap<>();
    Schema.ID_FIELDS.forEach(f -> fields.put(f, Kind.ID));
    fields.put(Schema.MADE_BY, Kind.ID);
    Schema.DEFAULT_FIELDS.forEach(f -> fields.put(f, Kind.TEXT));
    Schema.EXACT_FIELDS.forEach(f -> fields.put(f, Kind.EXACT));
    fields.put(Schema.YEAR, Kind.YEAR);
    fields.put(Schema.THEME_WEIGHT, Kind.WEIGHTS);
    fields.put(Schema.CITED_BY, Kind.COUNT);
    fields.put(Schema.KEYPHRASE_COUNT, Kind.DOC_VALUES);
    return fields;
  }

  /** The dynamic field of the per-theme weights. */
  static String themeWeightPattern() {
    return Schema.themeWeight("*");
  }

  /** The rank field of a theme's weight, for the {@code rank} query parser. */
  static String themeRank(String theme) {
    return THEME_RANK + theme;
  }

  /** The dynamic field of the theme rank fields. */
  static String themeRankPattern() {
    return themeRank("*");
  }

  /** Whether a field holds one value per record (the rest are multi-valued). */
  static boolean singleValued(String field) {
    return List.of(Schema.ID, Schema.YEAR, Schema.CITED_BY, Schema.LANG, Schema.KIND,
        Schema.SOURCE, Schema.HASH, Schema.TEXT_HASH, Schema.MADE_BY, Schema.BODY)
        .contains(field);
  }

  /**
   * The Solr field a facet dimension is counted on: the year itself (an int with doc values),
   * else doc-values strings of the values as the local facets count them: as written ("Wang
   * Nan", where the exact field's token is "wang nan"), and an entity by its canonical name alone
   * (its field holds the aliases too). The push fills them ({@link SolrIndexer#add}).
   */
  static String facetField(String dimension) {
    return Schema.YEAR.equals(dimension) ? dimension : dimension + FACET_SUFFIX;
  }
}
