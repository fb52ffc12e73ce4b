package org.brimine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.brimine.index.Schema;

/**
 * Estimates a relevance model (RM1) from feedback records, as Anserini's RM3 reranker does.
 *
 * <p>Each feedback record's stored text in the searched fields is analysed again (the index keeps
 * no term vectors). A word counts when it is 2 to 20 letters or digits and occurs in at most 10%
 * of the records (Anserini's stopword heuristic). Each record keeps its {@code terms} most frequent
 * words, normalised to sum to 1; a word's weight is the sum over records of that share times the
 * record's score; the {@code terms} heaviest words are kept and normalised to sum to 1. Ties are
 * broken by the word, so the model does not depend on hash order.
 */
final class RelevanceModel {
  private static final Pattern WORD = Pattern.compile("[a-z0-9]{2,20}");
  private static final double MAX_DF_RATIO = 0.1;
  private static final Comparator<Map.Entry<String, Double>> HEAVIEST_FIRST =
      Map.Entry.<String, Double>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey());

  private final Analyzer analyzer;
  private final String[] fields;
  private final String[] byDocFreq;

  RelevanceModel(Analyzer analyzer, String[] fields) {
    this.analyzer = analyzer;
    this.fields = fields.clone();
    List<String> order = new ArrayList<>(List.of(fields));
    order.sort(Comparator.comparing((String f) -> !f.equals(Schema.BODY)));
    this.byDocFreq = order.toArray(String[]::new);
  }

  /** The expansion words with their weights (summing to 1), heaviest first; maybe empty. */
  Map<String, Double> estimate(IndexSearcher searcher, ScoreDoc[] feedback, int terms)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Map<String, Boolean> usable = new HashMap<>();
    Map<String, Double> model = new HashMap<>();
    for (ScoreDoc sd : feedback) {
      Document doc = searcher.storedFields().document(sd.doc, Set.of(fields));
      Map<String, Double> counts = new HashMap<>();
      for (String field : fields) {
        for (String value : doc.getValues(field)) {
          count(field, value, counts);
        }
      }
      Map<String, Double> top = heaviestUsable(counts, terms,
          word -> usable.computeIfAbsent(word, w -> usable(reader, w)));
      double norm = top.values().stream().mapToDouble(Double::doubleValue).sum();
      if (norm > 0) {
        top.forEach((word, tf) -> model.merge(word, tf / norm * sd.score, Double::sum));
      }
    }
    Map<String, Double> kept = heaviest(model, terms);
    double norm = kept.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> result = new LinkedHashMap<>();
    if (norm > 0) {
      kept.forEach((word, w) -> result.put(word, w / norm));
    }
    return result;
  }

  private void count(String field, String text, Map<String, Double> counts) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        counts.merge(term.toString(), 1.0, Double::sum);
      }
      ts.end();
    }
  }

  private boolean usable(IndexReader reader, String word) {
    if (!WORD.matcher(word).matches()) {
      return false;
    }
    try {
      // the largest field first: a common word is known to be unusable after one lookup
      double limit = MAX_DF_RATIO * reader.numDocs();
      for (String field : byDocFreq) {
        if (reader.docFreq(new Term(field, word)) > limit) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@code n} heaviest words that pass {@code usable}, as filtering first and then taking the
   * heaviest would give; but a word's document frequency is looked up only when it is next in
   * weight order, so a record costs a few dozen lookups instead of one per distinct word.
   */
  private static Map<String, Double> heaviestUsable(Map<String, Double> weights, int n,
      Predicate<String> usable) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(HEAVIEST_FIRST);
    Map<String, Double> top = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : entries) {
      if (top.size() == n) {
        break;
      }
      if (usable.test(e.getKey())) {
        top.put(e.getKey(), e.getValue());
      }
    }
    return top;
  }

  private static Map<String, Double> heaviest(Map<String, Double> weights, int n) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(HEAVIEST_FIRST);
    Map<String, Double> top = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : entries.subList(0, Math.min(n, entries.size()))) {
      top.put(e.getKey(), e.getValue());
    }
    return top;
  }
}
