package org.brimine.solr;

import java.util.Map;
import org.brimine.index.HanText;
import org.brimine.index.HanWordFilterFactory;
import org.brimine.index.Schema;
import org.brimine.index.Stemming;
import org.brimine.search.Ranking;
import org.w3c.dom.Element;

/**
 * Writes a collection's {@code managed-schema.xml} from {@link Schema} ({@link SolrFields}): the
 * same fields, the same analysis as {@code index/Analyzers}, doc values for the facets, and BM25
 * with the ranking's k1 and b.
 *
 * <p>NOTE: the text fields' Chinese words come from our {@link HanWordFilterFactory}, which the
 * Solr nodes must have on their classpath; {@code portable} puts Solr's stock CJKBigramFilter in
 * its place (pairs of characters, {@link HanText#BIGRAMS}), for a cluster that has only Solr's
 * jars. English text is analysed the same either way.
 */
final class SchemaXml {
  private final Stemming stemming;
  private final HanText han;
  private final boolean portable;

  /** The dimension of the paper vectors the configset takes (all-MiniLM-L6-v2's). */
  static final int VECTOR_DIMENSION = 384;
  static final String VECTOR_TYPE = "knn_vector_" + VECTOR_DIMENSION;
  /** The dimension of the Chinese papers' vectors ({@link Schema#CHINESE_VECTOR}). */
  static final int CHINESE_VECTOR_DIMENSION = 512;
  static final String CHINESE_VECTOR_TYPE = "knn_vector_" + CHINESE_VECTOR_DIMENSION;

  SchemaXml(Stemming stemming, HanText han, boolean portable) {
    this.stemming = stemming;
    this.han = han;
    this.portable = portable;
  }

  /** The schema as XML text. */
  String text(Ranking ranking) {
    XmlFile xml = new XmlFile("schema");
    Element root = xml.root();
    root.setAttribute("name", "bri-miner");
    root.setAttribute("version", "1.7");
    fieldTypes(xml, root);
    for (Map.Entry<String, SolrFields.Kind> e : SolrFields.all().entrySet()) {
      field(xml, root, e.getKey(), e.getValue());
    }
    xml.add(root, "dynamicField", "name", SolrFields.themeWeightPattern(), "type",
        SolrFields.Kind.THEME_WEIGHT_VALUES.solrType, "indexed", "false", "stored", "false",
        "docValues", "true");
    // the theme weights a theme: query ranks by (the local index's FeatureField)
    xml.add(root, "dynamicField", "name", SolrFields.themeRankPattern(), "type",
        SolrFields.RANK_TYPE);
    // the paper vectors (Schema.vector: one field per model and dimension); the English model
    // gives 384 dimensions, any vector field by default; the Chinese model's 512-dimension field
    // is named (a field by name comes before a dynamic one; Solr's patterns have one wildcard)
    xml.add(root, "dynamicField", "name", Schema.VECTOR_PREFIX + "*", "type", VECTOR_TYPE,
        "indexed", "true", "stored", "false");
    xml.add(root, "field", "name", Schema.CHINESE_VECTOR, "type", CHINESE_VECTOR_TYPE,
        "indexed", "true", "stored", "false");
    xml.add(root, "field", "name", SolrFields.VERSION, "type", "plong", "indexed", "false",
        "stored", "false", "docValues", "true");
    for (String dim : Schema.FACETS) {
      String facet = SolrFields.facetField(dim);
      if (!facet.equals(dim)) {
        xml.add(root, "field", "name", facet, "type", "string", "indexed", "false", "stored",
            "false", "docValues", "true", "multiValued", "true");
      }
    }
    xml.add(root, "uniqueKey").setTextContent(Schema.ID);
    Element similarity = xml.add(root, "similarity", "class", "solr.BM25SimilarityFactory");
    xml.text(similarity, "float", "k1", Float.toString(ranking.k1()));
    xml.text(similarity, "float", "b", Float.toString(ranking.b()));
    return xml.text();
  }

  private static void field(XmlFile xml, Element root, String name, SolrFields.Kind kind) {
    String multi = Boolean.toString(!SolrFields.singleValued(name));
    switch (kind) {
      case TEXT -> xml.add(root, "field", "name", name, "type", kind.solrType, "indexed", "true",
          "stored", "true", "multiValued", multi, "storeOffsetsWithPositions", "true");
      case EXACT, ID -> xml.add(root, "field", "name", name, "type", kind.solrType, "indexed",
          "true", "stored", Boolean.toString(!name.equals(Schema.MATCH_KEY)), "multiValued",
          multi, "docValues", Boolean.toString(name.equals(Schema.ID)),
          "required", Boolean.toString(name.equals(Schema.ID)));
      case YEAR -> xml.add(root, "field", "name", name, "type", kind.solrType, "indexed", "true",
          "stored", "true", "docValues", "true", "multiValued", "false");
      case WEIGHTS -> xml.add(root, "field", "name", name, "type", kind.solrType, "indexed",
          "false", "stored", "true", "docValues", "false", "multiValued", "true");
      case COUNT -> xml.add(root, "field", "name", name, "type", kind.solrType, "indexed",
          "false", "stored", "false", "docValues", "true", "multiValued", "false",
          "default", "0");
      case DOC_VALUES, THEME_WEIGHT_VALUES -> xml.add(root, "field", "name", name, "type",
          kind.solrType, "indexed", "false", "stored", "false", "docValues", "true",
          "multiValued", multi);
      default -> throw new IllegalArgumentException("no Solr field for kind " + kind);
    }
  }

  private void fieldTypes(XmlFile xml, Element root) {
    xml.add(root, "fieldType", "name", "string", "class", "solr.StrField",
        "sortMissingLast", "true");
    // records without a year come last whichever way years are sorted, as in the local index
    xml.add(root, "fieldType", "name", "pint", "class", "solr.IntPointField",
        "sortMissingLast", "true");
    xml.add(root, "fieldType", "name", "plong", "class", "solr.LongPointField");
    xml.add(root, "fieldType", "name", "pfloat", "class", "solr.FloatPointField");
    xml.add(root, "fieldType", "name", "pdouble", "class", "solr.DoublePointField");
    xml.add(root, "fieldType", "name", SolrFields.RANK_TYPE, "class", "solr.RankField");
    xml.add(root, "fieldType", "name", VECTOR_TYPE, "class", "solr.DenseVectorField",
        "vectorDimension", Integer.toString(VECTOR_DIMENSION), "similarityFunction", "cosine",
        "knnAlgorithm", "hnsw");
    xml.add(root, "fieldType", "name", CHINESE_VECTOR_TYPE, "class", "solr.DenseVectorField",
        "vectorDimension", Integer.toString(CHINESE_VECTOR_DIMENSION), "similarityFunction",
        "cosine", "knnAlgorithm", "hnsw");
    // Lucene's Analyzer has no gap between the values of a field: neither has the local index
    Element text = xml.add(root, "fieldType", "name", SolrFields.Kind.TEXT.solrType, "class",
        "solr.TextField", "positionIncrementGap", "0");
    Element chain = xml.add(text, "analyzer");
    xml.add(chain, "tokenizer", "name", "standard");
    hanFilter(xml, chain);
    xml.add(chain, "filter", "name", "englishPossessive");
    xml.add(chain, "filter", "name", "lowercase");
    // without a words file, Solr's stop filter takes EnglishAnalyzer's set, as EnglishText does
    xml.add(chain, "filter", "name", "stop");
    switch (stemming) {
      case PORTER -> xml.add(chain, "filter", "name", "porterStem");
      case KROVETZ -> xml.add(chain, "filter", "name", "kStem");
      case NONE -> { }
      default -> throw new IllegalArgumentException("no Solr stemmer for " + stemming);
    }
    Element exact = xml.add(root, "fieldType", "name", SolrFields.Kind.EXACT.solrType, "class",
        "solr.TextField", "positionIncrementGap", "0", "omitNorms", "true",
        "omitTermFreqAndPositions", "true");
    Element exactChain = xml.add(exact, "analyzer");
    xml.add(exactChain, "tokenizer", "name", "keyword");
    xml.add(exactChain, "filter", "name", "lowercase");
    xml.add(exactChain, "filter", "name", "asciiFolding");
  }

  /** The link of the chain that makes words of Chinese runs, as {@link HanText} says. */
  private void hanFilter(XmlFile xml, Element chain) {
    boolean bigrams = han == HanText.BIGRAMS
        || portable && (han == HanText.WORDS || han == HanText.WORDS_AND_BIGRAMS);
    if (bigrams) {
      xml.add(chain, "filter", "name", "cjkBigram", "han", "true", "hiragana", "false",
          "katakana", "false", "hangul", "false", "outputUnigrams", "false");
    } else if (han == HanText.WORDS || han == HanText.WORDS_AND_BIGRAMS) {
      xml.add(chain, "filter", "name", HanWordFilterFactory.NAME, "pairSingles",
          Boolean.toString(han == HanText.WORDS_AND_BIGRAMS));
    }
  }
}
