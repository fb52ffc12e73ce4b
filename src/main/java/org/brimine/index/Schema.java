package org.brimine.index;

import java.util.List;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * Every field name of the index, with why it is stored, indexed, tokenized or has doc values.
 * Field names double as the query syntax's field names ({@code title:}, {@code author:}, ...).
 */
public final class Schema {
  private Schema() {}

  /** Record id: exact, stored, sorted doc values for listing; the term updateDocument replaces by. */
  public static final String ID = "id";
  /** "paper" or "reference": exact (lower-cased), stored, a facet. */
  public static final String KIND = "kind";
  /** Title: English-analysed for search, stored with offsets for highlighting. */
  public static final String TITLE = "title";
  /** One value per author: exact match, case-insensitive, stored, a facet. */
  public static final String AUTHOR = "author";
  /** Year: an int point for ranges, doc values for sorting, stored, a facet. */
  public static final String YEAR = "year";
  /** Journal, proceedings or publisher: exact, case-insensitive, stored, a facet. */
  public static final String VENUE = "venue";
  /** Document type code (J, M, EB/OL, ...): exact, stored, a facet. */
  public static final String TYPE = "type";
  /** Abstract: English-analysed, stored with offsets for highlighting. */
  public static final String ABSTRACT = "abstract";
  /** Body text of the sections: English-analysed, stored with offsets for highlighting. */
  public static final String BODY = "body";
  /** Section headings, one value each: English-analysed, stored. */
  public static final String SECTION = "section";
  /** Ids of the records this paper cites: exact, stored; {@code cites:ID} finds citing papers. */
  public static final String CITES = "cites";
  /** Corpus-relative path of the file a paper came from: exact, stored, to find replacements. */
  public static final String SOURCE = "source";
  /** Content hash of the source file and its metadata: stored, to skip unchanged files. */
  public static final String HASH = "hash";
  /** The whole record as JSON: stored only, read back by {@code bri show}. */
  public static final String RECORD = "record";

  /** Fields searched when a query names no field, with their boosts. */
  public static final List<String> DEFAULT_FIELDS = List.of(TITLE, ABSTRACT, BODY, SECTION);

  /** Fields searched as English text. */
  static final List<String> TEXT_FIELDS = List.of(TITLE, ABSTRACT, BODY, SECTION);
  /** Fields matched whole and case-insensitively. */
  static final List<String> EXACT_FIELDS = List.of(KIND, AUTHOR, VENUE, TYPE);
  /** Fields matched whole, case kept. */
  static final List<String> ID_FIELDS = List.of(ID, CITES, SOURCE, HASH);
  /** Facet dimensions. */
  public static final List<String> FACETS = List.of(KIND, YEAR, VENUE, TYPE, AUTHOR);

  /** Text with positions and offsets in the postings, for phrases and the UnifiedHighlighter. */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  /** Whole-value match: tokenized by the exact analyzer to one lower-cased token, stored. */
  static final FieldType EXACT = exact();

  /** The facet configuration; multi-valued dimensions say so. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(AUTHOR, true);
    return config;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType exact() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.freeze();
    return type;
  }
}
