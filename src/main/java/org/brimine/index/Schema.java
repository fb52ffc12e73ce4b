package org.brimine.index;

import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.brimine.model.EntityType;

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
  /**
   * Title: analysed as text (English words stemmed, Chinese segmented into words), stored with
   * offsets for highlighting. A paper with titles in two languages has both, the main one first.
   */
  public static final String TITLE = "title";
  /** One value per author: exact match, case-insensitive, stored, a facet. */
  public static final String AUTHOR = "author";
  /** Year: an int point for ranges, doc values for sorting, stored, a facet. */
  public static final String YEAR = "year";
  /**
   * How many papers of the index cite the record (the postings of its id in {@link #CITES}):
   * numeric doc values only, for sorting by "most cited" and showing "cited by N" without a
   * search per record. {@link RecordWriter} sets it at each commit for the records whose citing
   * papers changed, updating the doc values in place; an index written before this field has
   * none, read as 0.
   */
  public static final String CITED_BY = "cited_by";
  /** Journal, proceedings or publisher: exact, case-insensitive, stored, a facet. */
  public static final String VENUE = "venue";
  /** Document type code (J, M, EB/OL, ...): exact, stored, a facet. */
  public static final String TYPE = "type";
  /**
   * Abstract: analysed as text, stored with offsets for highlighting; both abstracts of a paper
   * that has one in each language, the main one first.
   */
  public static final String ABSTRACT = "abstract";
  /**
   * Body text of the sections: analysed as text (English words stemmed, Chinese segmented into
   * words), stored with offsets for highlighting.
   */
  public static final String BODY = "body";
  /** Section headings, one value each: English-analysed, stored. */
  public static final String SECTION = "section";
  /** Ids of the records this paper cites: exact, stored; {@code cites:ID} finds citing papers. */
  public static final String CITES = "cites";
  /** Corpus-relative path of the file a paper came from: exact, stored, to find replacements. */
  public static final String SOURCE = "source";
  /** Content hash of the source file and its metadata: stored, to skip unchanged files. */
  public static final String HASH = "hash";
  /**
   * Fingerprint of the program and data files (gazetteer, taxonomy, ...) that made a paper's
   * record: exact, stored, so that an ingest computes again the record of an unchanged file when
   * another program made it; indexed to be read from the terms, without the stored documents.
   */
  public static final String MADE_BY = "madeby";
  /** Themes a paper carries (ids): exact, stored in weight order, a facet. */
  public static final String THEME = "theme";
  /** Theme weights as a FeatureField (feature = theme id), for ranking; stored in theme order. */
  public static final String THEME_WEIGHT = "theme_weight";
  /**
   * Keyphrases, one value each: English-analysed, stored with offsets. A paper's own keywords
   * are among them, so that a plain search finds their words.
   */
  public static final String KEYPHRASES = "keyphrases";
  /**
   * The keywords a paper lists ("Keywords:", "Index Terms—"), one value each: exact,
   * case-insensitive, stored; {@code keyword:"belt and road"} finds them.
   */
  public static final String KEYWORD = "keyword";
  /**
   * Keyphrases with how often the paper uses them, one {@link #keyphraseCount} value each:
   * sorted-set doc values only, so that a summary counts the keyphrases of thousands of papers
   * without reading their records.
   */
  public static final String KEYPHRASE_COUNT = "keyphrase_count";
  /** Between a keyphrase and its count in a {@link #KEYPHRASE_COUNT} value. */
  public static final char KEYPHRASE_COUNT_SEPARATOR = '\u001f';
  /**
   * The start of the field that holds a paper's weight of one theme ({@link #themeWeight}):
   * double doc values only, so that a summary ranks a theme's papers by weight and averages the
   * weights per year without reading records. One field per theme, as a document has one value
   * per numeric doc-values field.
   */
  private static final String THEME_WEIGHT_VALUES = "theme_weight.";
  /**
   * Hash of the text alone (whitespace collapsed): exact, stored; finds the same paper added
   * under another file name or with other metadata.
   */
  public static final String TEXT_HASH = "texthash";
  /**
   * The metadata a record lacks, one value each (title, authors, year, venue, doi): exact, for
   * {@code bri list --missing} and {@code missing:doi} queries. A paper whose title was inferred
   * lacks a title.
   */
  public static final String MISSING = "missing";
  /**
   * A paper's language ("zh", "en"): the metadata's, else detected from its script; exact,
   * stored, a facet. {@code lang:zh} finds the Chinese papers.
   */
  public static final String LANG = "lang";
  /**
   * Every entity's canonical name and aliases, whatever its type: exact, case-insensitive. The
   * canonical names are English whatever the paper's language, so {@code org:AIIB} finds a
   * Chinese paper that names 亚投行.
   */
  public static final String ENTITY = "entity";
  /** People (CoreNLP PERSON, reference authors): exact, case-insensitive, a facet. */
  public static final String PERSON = "person";
  /** Organisations of every kind, financial institutions and regional ones included. */
  public static final String ORG = "org";
  /** Financial institutions (AIIB, Silk Road Fund, ...). */
  public static final String INSTITUTION = "institution";
  /** Regional organisations and intergovernmental forums (SCO, ASEAN, ...). */
  public static final String REGIONAL = "regional";
  /** Places of every kind, countries included. */
  public static final String LOC = "loc";
  /** Countries. */
  public static final String COUNTRY = "country";
  /** Initiatives (Belt and Road Initiative, Digital Silk Road, ...). */
  public static final String INITIATIVE = "initiative";
  /** Agreements and treaties. */
  public static final String AGREEMENT = "agreement";
  /** Currencies. */
  public static final String CURRENCY = "currency";
  /** Named projects: corridors, railways, ports. */
  public static final String PROJECT = "project";
  /**
   * News outlets, journals and publishers (Reuters, Humanities Magazine): apart from
   * {@link #ORG}, as they publish about the BRI rather than take part in it.
   */
  public static final String PUBLICATION = "publication";

  /**
   * A paper's or reference's DOI, lower case and without a resolver: exact, stored;
   * {@code doi:"10.1016/j.jpolmod.2019.01.001"} finds it.
   */
  public static final String DOI = "doi";
  /**
   * The ids a database gives a paper (Web of Science UT, Scopus EID), one value each: exact,
   * case-insensitive, stored; {@code dbid:"WOS:000456789000001"} finds it.
   */
  public static final String DBID = "dbid";
  /**
   * The keys that tell two records of one work ({@link org.brimine.model.WorkKeys}: DOI,
   * database id, author-year-volume-page, title-year-author), one value each: exact, indexed
   * only, so that an import finds the record an export's paper or cited reference is the same
   * work as.
   */
  public static final String MATCH_KEY = "matchkey";

  /**
   * The whole record as JSON, deflated when long ({@link RecordCodec}): stored only, read back by
   * {@code bri show}, summaries and removals. Deflated because a stored document is decompressed
   * whole to read any of its fields, and a paper's record was four fifths of it.
   */
  public static final String RECORD = "record";

  /**
   * Fields searched as text (English analysis, Chinese runs as words, {@link HanText}), and
   * searched, with their boosts, when a query names no field.
   */
  public static final List<String> DEFAULT_FIELDS =
      List.of(TITLE, ABSTRACT, BODY, SECTION, KEYPHRASES);
  /** Fields matched whole and case-insensitively. */
  public static final List<String> EXACT_FIELDS = List.of(KIND, LANG, MISSING, AUTHOR, VENUE, TYPE,
      THEME, KEYWORD, DOI, DBID, ENTITY, PERSON, ORG, INSTITUTION, REGIONAL, LOC, COUNTRY, INITIATIVE,
      AGREEMENT, CURRENCY, PROJECT, PUBLICATION);
  /**
   * Entity fields that are facet dimensions, one per entity type, in the order of {@link
   * EntityType#all()}.
   */
  public static final List<String> ENTITY_FACETS =
      EntityType.all().stream().map(EntityType::field).distinct().toList();
  /** Fields matched whole, case kept. */
  public static final List<String> ID_FIELDS = List.of(ID, CITES, SOURCE, HASH, TEXT_HASH, MATCH_KEY);
  /**
   * Fields a query may name ({@code title:}, {@code org:} ...): every indexed field but the
   * theme weights (read by the {@code theme:} clause) and the stored record, so derived from the
   * lists of indexed fields. A query naming another field is refused.
   */
  public static final List<String> QUERY_FIELDS = Stream.of(DEFAULT_FIELDS, List.of(YEAR),
      EXACT_FIELDS, ID_FIELDS).flatMap(List::stream).toList();
  /** Facet dimensions. */
  public static final List<String> FACETS = Stream.of(
      List.of(THEME, KIND, LANG, YEAR, VENUE, TYPE, AUTHOR), ENTITY_FACETS)
      .flatMap(List::stream).toList();

  /** Text with positions and offsets in the postings, for phrases and the UnifiedHighlighter. */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  /** Whole-value match: tokenized by the exact analyzer to one lower-cased token, stored. */
  static final FieldType EXACT = exact();

  /** The prefix of the dense vector fields, see {@link #vector(String, int)}. */
  public static final String VECTOR_PREFIX = "vector.";

  /**
   * The field of a paper's dense vector by this model of this dimension: a {@code
   * KnnFloatVectorField} (HNSW graph, cosine similarity), indexed only, not stored (the vector
   * cache keeps the values). One field per model and dimension, since vectors of two models
   * cannot be compared; a paper whose language no model reads has none. Not a query field.
   */
  public static String vector(String model, int dimension) {
    if (model.isBlank() || dimension < 1) {
      throw new IllegalArgumentException("a vector field needs a model and a dimension, got '"
          + model + "', " + dimension);
    }
    return VECTOR_PREFIX + model + "." + dimension;
  }

  /**
   * The field of the Chinese-only papers' vectors: bge-small-zh-v1.5, 512 dimensions ({@code
   * annotate/BgeSmallZhEmbedder}; {@code vector(NAME, 512)}). Named for a configset that
   * declares fields by name (Solr's), since its dimension differs from the English model's.
   */
  public static final String CHINESE_VECTOR = VECTOR_PREFIX + "bge-small-zh-v15-q.512";

  /** The field of the paper's weight of {@code theme}, see {@link #THEME_WEIGHT_VALUES}. */
  public static String themeWeight(String theme) {
    return THEME_WEIGHT_VALUES + theme;
  }

  /**
   * A {@link #KEYPHRASE_COUNT} value: the phrase, the separator, its lemma, the separator, the
   * count. (An index built before lemmas were kept has the phrase and the count alone.)
   */
  public static String keyphraseCount(String phrase, String lemma, int count) {
    return phrase + KEYPHRASE_COUNT_SEPARATOR + lemma + KEYPHRASE_COUNT_SEPARATOR + count;
  }

  /** The facet configuration; multi-valued dimensions say so. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(AUTHOR, true);
    config.setMultiValued(THEME, true);
    ENTITY_FACETS.forEach(dim -> config.setMultiValued(dim, true));
    return config;
  }

  /**
   * The fields an entity of this type is indexed in, the most specific first, always ending
   * with {@link #ENTITY}: a FIN_INSTITUTION is found by {@code institution:}, {@code org:} and
   * {@code entity:} ({@link EntityType} says which); a type not defined there by {@code entity:}
   * alone.
   */
  public static List<String> entityFields(String type) {
    return EntityType.of(type).map(t -> t.broader() == null ? List.of(t.field(), ENTITY)
        : List.of(t.field(), t.broader(), ENTITY)).orElse(List.of(ENTITY));
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
