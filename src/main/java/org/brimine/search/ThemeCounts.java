package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.NumericUtils;
import org.brimine.index.RecordCodec;
import org.brimine.index.Schema;
import org.brimine.model.PaperRecord;
import org.brimine.model.RecordKind;

/**
 * Computes {@link ThemeStatistics} from the index: one pass collects the papers that carry the
 * theme and the top ones by weight; their facet values give the co-occurring themes and entities,
 * their doc values the years, weights and keyphrases, the citation postings the links among them.
 * Only the top papers' records are read.
 *
 * <p>NOTE: needs an index with the doc values of {@link Schema#themeWeight} and {@link
 * Schema#KEYPHRASE_COUNT}; an index built before they existed is refused with a message that
 * says to rebuild it.
 */
final class ThemeCounts {
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final RecordCodec codec = new RecordCodec();

  /**
   * @param searcher the searcher of one index version
   * @param facetState its facet reader state, or null when the index has no facet values
   */
  ThemeCounts(IndexSearcher searcher, SortedSetDocValuesReaderState facetState) {
    this.searcher = searcher;
    this.facetState = facetState;
  }

  /**
   * The statistics of a theme in the papers of {@code scope}.
   *
   * @param themeId the theme's id, which names its weight field
   * @param themeTerm the theme's id as {@link Schema#THEME} indexes it
   * @param top the most papers and citation links to return
   * @param entityTypes the entity types to count
   */
  ThemeStatistics count(Query scope, String themeId, BytesRef themeTerm, int top,
      List<String> entityTypes) throws IOException {
    Map<String, String> entityDims = entityDims(entityTypes);
    Query papers = new BooleanQuery.Builder()
        .add(scope, BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.KIND, RecordKind.PAPER.label())),
            BooleanClause.Occur.FILTER)
        .build();
    Query carrying = new BooleanQuery.Builder()
        .add(papers, BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.THEME, themeTerm)), BooleanClause.Occur.FILTER)
        .build();
    String weightField = Schema.themeWeight(themeId);
    Sort byWeight = new Sort(new SortField(weightField, SortField.Type.DOUBLE, true),
        new SortField(Schema.ID, SortField.Type.STRING));
    FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, carrying,
        top, byWeight, new FacetsCollectorManager());
    FacetsCollector collector = found.facetsCollector();
    IndexReader reader = searcher.getIndexReader();
    FixedBitSet theirs = new FixedBitSet(Math.max(1, reader.maxDoc()));
    double[] weights = new double[Math.max(1, reader.maxDoc())];
    Map<Integer, List<Double>> byYear = new TreeMap<>();
    Map<String, int[]> phrases = new HashMap<>();
    int carried = 0;
    for (FacetsCollector.MatchingDocs matching : collector.getMatchingDocs()) {
      carried += matching.totalHits;
      scanLeaf(matching, weightField, theirs, weights, byYear, phrases);
    }
    List<ThemeStatistics.Year> years = new ArrayList<>();
    byYear.forEach((year, ws) -> years.add(new ThemeStatistics.Year(year, ws.size(),
        sumLargestFirst(ws))));
    Map<String, ThemeStatistics.PhraseUse> keyphrases = new HashMap<>();
    phrases.forEach((value, c) -> {
      // "phrase SEP lemma", or the phrase alone in an index built before lemmas were kept
      int cut = value.indexOf(Schema.KEYPHRASE_COUNT_SEPARATOR);
      String phrase = cut < 0 ? value : value.substring(0, cut);
      String lemma = cut < 0 ? phrase.toLowerCase(Locale.ROOT) : value.substring(cut + 1);
      keyphrases.merge(phrase, new ThemeStatistics.PhraseUse(c[0], c[1], lemma),
          (a, b) -> new ThemeStatistics.PhraseUse(a.papers() + b.papers(),
              a.occurrences() + b.occurrences(), a.lemma().compareTo(b.lemma()) <= 0
                  ? a.lemma() : b.lemma()));
    });
    Facets facets = carried == 0 || facetState == null ? null
        : new SortedSetDocValuesFacetCounts(facetState, collector);
    Map<String, Map<String, Integer>> entities = new LinkedHashMap<>();
    for (Map.Entry<String, String> type : entityDims.entrySet()) {
      entities.put(type.getKey(), children(facets, type.getValue()));
    }
    return new ThemeStatistics(searcher.count(papers), carried,
        records(found.topDocs().scoreDocs), years, children(facets, Schema.THEME), entities,
        keyphrases, new CitationLinks(reader, theirs, weights).among(top));
  }

  /** Marks the leaf's matches, and gathers their weights, years and keyphrases. */
  private static void scanLeaf(FacetsCollector.MatchingDocs matching, String weightField,
      FixedBitSet theirs, double[] weights, Map<Integer, List<Double>> byYear,
      Map<String, int[]> phrases) throws IOException {
    DocIdSetIterator docs = matching.bits.iterator();
    if (docs == null) {
      return;
    }
    LeafReader leaf = matching.context.reader();
    if (matching.totalHits > 0 && leaf.getFieldInfos().fieldInfo(weightField) == null) {
      throw new IOException("the index has no theme weights to summarise by (field '"
          + weightField + "'): it was built by an earlier version; run 'bri ingest', which "
          + "computes again (from the record cache) every record an earlier program made");
    }
    int base = matching.context.docBase;
    NumericDocValues weightValues = DocValues.getNumeric(leaf, weightField);
    NumericDocValues yearValues = DocValues.getNumeric(leaf, Schema.YEAR);
    SortedSetDocValues phraseValues = DocValues.getSortedSet(leaf, Schema.KEYPHRASE_COUNT);
    // counted by ordinal, and each ordinal's value read once per leaf, not once per paper
    int[] papersByOrd = new int[Math.toIntExact(phraseValues.getValueCount())];
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      theirs.set(base + doc);
      double weight = weightValues.advanceExact(doc)
          ? NumericUtils.sortableLongToDouble(weightValues.longValue()) : 0;
      weights[base + doc] = weight;
      if (yearValues.advanceExact(doc)) {
        byYear.computeIfAbsent((int) yearValues.longValue(), y -> new ArrayList<>()).add(weight);
      }
      if (phraseValues.advanceExact(doc)) {
        for (int i = 0; i < phraseValues.docValueCount(); i++) {
          papersByOrd[(int) phraseValues.nextOrd()]++;
        }
      }
    }
    for (int ord = 0; ord < papersByOrd.length; ord++) {
      if (papersByOrd[ord] > 0) {
        String value = phraseValues.lookupOrd(ord).utf8ToString();
        int cut = value.lastIndexOf(Schema.KEYPHRASE_COUNT_SEPARATOR);
        int[] use = phrases.computeIfAbsent(value.substring(0, cut), p -> new int[2]);
        use[0] += papersByOrd[ord];
        use[1] += papersByOrd[ord] * Integer.parseInt(value.substring(cut + 1));
      }
    }
  }

  /** The facet dimension of each entity type, refusing a type that has none. */
  private static Map<String, String> entityDims(List<String> entityTypes) {
    Map<String, String> dims = new LinkedHashMap<>();
    for (String type : entityTypes) {
      String dim = Schema.entityFields(type).get(0);
      if (!Schema.ENTITY_FACETS.contains(dim)) {
        throw new IllegalArgumentException("entity type '" + type + "' has no facet of its own;"
            + " facets: " + Schema.ENTITY_FACETS);
      }
      dims.put(type, dim);
    }
    return dims;
  }

  private static double sumLargestFirst(List<Double> weights) {
    weights.sort(Comparator.reverseOrder());
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    return sum;
  }

  /** Every value of a facet dimension among the matches, with its count. */
  private static Map<String, Integer> children(Facets facets, String dim) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    FacetResult all = facets == null ? null : facets.getAllChildren(dim);
    if (all != null) {
      for (LabelAndValue lv : all.labelValues) {
        counts.put(lv.label, lv.value.intValue());
      }
    }
    return counts;
  }

  private List<PaperRecord> records(ScoreDoc[] top) throws IOException {
    StoredFields stored = searcher.storedFields();
    List<PaperRecord> records = new ArrayList<>(top.length);
    for (ScoreDoc hit : top) {
      records.add(codec.paper(stored.document(hit.doc, Set.of(Schema.ID, Schema.RECORD))));
    }
    return records;
  }
}
