package org.brimine.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Turns a parsed query into the query that is ranked, as {@link Ranking} says: adds the bonus for
 * neighbouring words, then pseudo-relevance feedback.
 *
 * <p>Feedback follows Anserini's RM3: the expanded query gives each original word
 * {@code originalWeight / n} of the weight (n words) and each expansion word
 * {@code (1 - originalWeight)} times its relevance model weight. For a plain query (optional words
 * without field names) the expansion words may match records the original did not, as in
 * Anserini; for a query with operators, field names or ranges the original stays required, so
 * feedback re-scores its matches and never widens them.
 */
final class Ranker {
  private final Ranking ranking;
  private final String[] fields;
  private final Set<String> fieldSet;
  private final RelevanceModel relevance;

  Ranker(Ranking ranking, Analyzer analyzer) {
    this.ranking = ranking;
    this.fields = ranking.fields();
    this.fieldSet = Set.of(fields);
    this.relevance = new RelevanceModel(analyzer, fields);
  }

  /** The query to rank with. */
  Query rank(IndexSearcher searcher, Query parsed) throws IOException {
    QueryTerms words = QueryTerms.of(parsed, fieldSet);
    Query first = withProximity(parsed, words);
    Feedback feedback = ranking.feedback();
    if (!feedback.enabled() || words.length() == 0) {
      return first;
    }
    TopDocs top = searcher.search(first, feedback.docs());
    if (top.scoreDocs.length == 0) {
      return first;
    }
    Map<String, Double> model = relevance.estimate(searcher, top.scoreDocs, feedback.terms());
    if (model.isEmpty()) {
      return first;
    }
    BooleanQuery.Builder expanded = new BooleanQuery.Builder();
    expanded.add(new BoostQuery(first, feedback.originalWeight() / words.length()),
        unqualified(words) ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
    model.forEach((word, weight) -> expanded.add(
        new BoostQuery(acrossFields(word), (float) ((1 - feedback.originalWeight()) * weight)),
        BooleanClause.Occur.SHOULD));
    return expanded.build();
  }

  /**
   * Whether the query is plain words without field names: the parser then puts every word in
   * every default field, so each field has the same words. {@code title:swap} is qualified.
   */
  private boolean unqualified(QueryTerms words) {
    return words.plain() && words.byField().keySet().equals(fieldSet)
        && words.byField().values().stream().distinct().count() == 1;
  }

  private Query withProximity(Query parsed, QueryTerms words) {
    Proximity proximity = ranking.proximity();
    if (!proximity.enabled()) {
      return parsed;
    }
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    int added = 0;
    for (Map.Entry<String, List<String>> field : words.byField().entrySet()) {
      if (!fieldSet.contains(field.getKey())) {
        continue;
      }
      float weight = proximity.weight() * ranking.boosts().get(field.getKey());
      Set<List<String>> seen = new HashSet<>();
      List<String> w = field.getValue();
      for (int i = 0; i + 1 < w.size(); i++) {
        if (!w.get(i).equals(w.get(i + 1)) && seen.add(List.of(w.get(i), w.get(i + 1)))) {
          PhraseQuery pair = new PhraseQuery(proximity.slop(), field.getKey(), w.get(i),
              w.get(i + 1));
          pairs.add(new BoostQuery(pair, weight), BooleanClause.Occur.SHOULD);
          added++;
        }
      }
    }
    if (added == 0) {
      return parsed;
    }
    return new BooleanQuery.Builder()
        .add(parsed, BooleanClause.Occur.MUST)
        .add(pairs.build(), BooleanClause.Occur.SHOULD)
        .build();
  }

  private Query acrossFields(String word) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : fields) {
      any.add(new BoostQuery(new TermQuery(new Term(field, word)), ranking.boosts().get(field)),
          BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }
}
