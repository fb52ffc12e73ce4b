package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * The top hits of a search by a {@link Retrieval} that uses vectors: the dense ranking (the
 * nearest paper vectors to the query's, among the records the filters let through) alone, or
 * the lexical one with its first {@link #CANDIDATES} hits re-ranked by fusion with their
 * vectors' similarity to the query's.
 *
 * <p>Vectors rank only a query of plain words sorted by relevance: a query with field names,
 * quotes, operators or wildcards asks for exactly what it says, and the lexical ranking alone
 * serves it, as it does a query whose language no model reads. NOTE: a hybrid search finds only
 * what the words match (a paper that shares no word with the query is not added): search
 * results, totals and facets keep meaning "the papers that match"; the dense mode alone reaches
 * papers without the words.
 */
final class DenseRanking {
  /** How deep each ranking is read before they are merged. */
  static final int CANDIDATES = 100;
  private static final Pattern SYNTAX = Pattern.compile("[:\"*?~^\\[\\]{}()]|\\b(AND|OR|NOT)\\b"
      + "|(^|\\s)[+-]");
  /** A character escaped by a backslash: text, not syntax (words mode escapes every one). */
  private static final Pattern ESCAPED = Pattern.compile("\\\\(.)");

  private final Retrieval retrieval;
  private final QueryVectors vectors;

  DenseRanking(Retrieval retrieval, QueryVectors vectors) {
    this.retrieval = retrieval;
    this.vectors = vectors;
  }

  /**
   * Whether vectors rank this query: plain words (escaped characters are words: a search in
   * words mode is all words), by relevance, a retrieval that uses them.
   */
  boolean ranks(String queryText, SortOrder sort) {
    return retrieval.usesVectors() && sort.sort() == null && !queryText.isBlank()
        && !SYNTAX.matcher(ESCAPED.matcher(queryText).replaceAll("")).find()
        && retrieval.reranks(queryText);
  }

  /** A query's vector and the field of the model that made it. */
  record Embedded(String field, float[] values) {}

  /** The query's vector, when it has one. */
  Optional<Embedded> vector(String queryText) {
    String words = ESCAPED.matcher(queryText).replaceAll("$1");
    return vectors.of(words).map(v -> new Embedded(vectors.field(words), v));
  }

  /**
   * The top {@code n} hits. DENSE: the nearest vectors among the records the filters let
   * through, by the HNSW graph. HYBRID: the lexical ranking's first {@link #CANDIDATES} hits
   * ({@code lexical} holds at least those, when there are) merged with the same records ranked
   * by their vectors' similarity to the query's; the lexical hits below them follow in their
   * order. So a hybrid search finds what the words find, no more, and its total and facets are
   * exact.
   */
  TopDocs top(IndexSearcher searcher, TopDocs lexical, Embedded vector, List<Query> filters,
      int n) throws IOException {
    if (retrieval.mode() == Retrieval.Mode.DENSE) {
      int depth = Math.max(n, CANDIDATES);
      Query filter = null;
      if (!filters.isEmpty()) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        filters.forEach(f -> all.add(f, BooleanClause.Occur.FILTER));
        filter = all.build();
      }
      TopDocs dense = searcher.search(new KnnFloatVectorQuery(vector.field(), vector.values(),
          depth, filter), depth);
      return new TopDocs(dense.totalHits,
          Arrays.copyOf(dense.scoreDocs, Math.min(n, dense.scoreDocs.length)));
    }
    return new TopDocs(lexical.totalHits, fuse(searcher.getIndexReader(), lexical.scoreDocs,
        vector.values(), vector.field(), retrieval.fusion(), n));
  }

  /**
   * The lexical hits with their first {@link #CANDIDATES} re-ranked by {@code fusion} with
   * their vectors' similarity to the query's, cut to {@code n}. A record with a vector of
   * another model only (a paper of the other language: an English paper for a Chinese query, a
   * Chinese-only one for an English query) is neither raised nor lowered: it keeps its lexical
   * place, and the other records are re-ranked among the places they held (a record with no
   * vector at all, such as a cited work, has none from the dense side there). Without any vector
   * of the query's model in the window, the lexical hits as they are.
   */
  static ScoreDoc[] fuse(IndexReader reader, ScoreDoc[] lexical, float[] vector, String field,
      Fusion fusion, int n) throws IOException {
    int window = Math.min(CANDIDATES, lexical.length);
    ScoreDoc[] head = Arrays.copyOf(lexical, window);
    ScoreDoc[] similar = VectorSimilarity.of(reader, head, vector, field);
    if (similar.length == 0) {
      return Arrays.copyOf(lexical, Math.min(n, lexical.length));
    }
    Set<Integer> otherModel = VectorSimilarity.ofOtherModels(reader, head, field);
    for (ScoreDoc s : similar) {
      otherModel.remove(s.doc);
    }
    Set<Integer> fusedDocs = new HashSet<>();
    for (ScoreDoc d : head) {
      if (!otherModel.contains(d.doc)) {
        fusedDocs.add(d.doc);
      }
    }
    ScoreDoc[] ranked = Arrays.stream(head).filter(d -> fusedDocs.contains(d.doc))
        .toArray(ScoreDoc[]::new);
    List<RankedRecord> fused = fusion.fuse(byDoc(ranked), byDoc(similar), ranked.length);
    List<ScoreDoc> hits = new ArrayList<>(Math.min(n, lexical.length));
    int next = 0;
    boolean aboveIsFused = true;
    for (ScoreDoc d : head) {
      boolean isFused = fusedDocs.contains(d.doc);
      float score = isFused ? fused.get(next).score()
          : hits.isEmpty() ? fused.get(0).score() : hits.get(hits.size() - 1).score;
      // the scores descend: a record of another model scores just under the one above it, and
      // the one under it just under it (fused records among themselves keep their scores)
      if (!hits.isEmpty() && !(isFused && aboveIsFused)) {
        score = Math.min(score, Math.nextDown(hits.get(hits.size() - 1).score));
      }
      hits.add(new ScoreDoc(isFused ? Integer.parseInt(fused.get(next++).id()) : d.doc,
          score));
      aboveIsFused = isFused;
    }
    // below the window, the lexical order, scored under the window's lowest fused score
    float floor = Math.min(0, hits.get(hits.size() - 1).score);
    for (int i = window; i < lexical.length && hits.size() < n; i++) {
      hits.add(new ScoreDoc(lexical[i].doc, floor - (i - window + 1) * 1e-6f));
    }
    return hits.subList(0, Math.min(n, hits.size())).toArray(ScoreDoc[]::new);
  }

  private static List<RankedRecord> byDoc(ScoreDoc[] hits) {
    List<RankedRecord> out = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      out.add(new RankedRecord(Integer.toString(hit.doc), hit.score));
    }
    return out;
  }
}
