package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorEncoding;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.brimine.index.Schema;
import org.brimine.model.RecordKind;

/**
 * Papers related to a paper, found as a {@link RelatedBy} says: by Lucene's MoreLikeThis over its
 * title, abstract, body and keyphrases (the paper's most distinctive terms, by tf-idf, make a
 * query for the others), by the nearest vectors to the paper's own in whichever vector field it
 * has (so a paper in another model's field, Chinese say, is related by that model), or both
 * merged. A paper without a vector is related by its words.
 */
final class Related {
  private static final String[] FIELDS = {Schema.TITLE, Schema.ABSTRACT, Schema.BODY,
      Schema.KEYPHRASES};

  private Related() {}

  static List<Hit> of(IndexSearcher searcher, Analyzer analyzer, String id, int n, RelatedBy by)
      throws IOException {
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : ranked(searcher, analyzer, id, n, by)) {
      hits.add(StoredHits.hit(searcher.storedFields().document(sd.doc), sd.score, List.of()));
    }
    return hits;
  }

  /** The top {@code n} papers related to the record with this id; none when there is none. */
  static ScoreDoc[] ranked(IndexSearcher searcher, Analyzer analyzer, String id, int n,
      RelatedBy by) throws IOException {
    TopDocs self = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (self.scoreDocs.length == 0) {
      return new ScoreDoc[0];
    }
    int seed = self.scoreDocs[0].doc;
    Optional<SeedVector> vector = by.mode() == RelatedBy.Mode.TERMS ? Optional.empty()
        : SeedVector.of(searcher, seed)
            .filter(v -> by.chineseVectors() || !v.field().equals(Schema.CHINESE_VECTOR));
    if (vector.isEmpty()) {
      return byTerms(searcher, analyzer, seed, id, n);
    }
    if (by.mode() == RelatedBy.Mode.VECTORS) {
      return byVector(searcher, vector.get(), id, n);
    }
    int depth = Math.max(n, DenseRanking.CANDIDATES);
    List<RankedRecord> fused = by.fusion().fuse(byDoc(byTerms(searcher, analyzer, seed, id,
        depth)), byDoc(byVector(searcher, vector.get(), id, depth)), n);
    return fused.stream().map(r -> new ScoreDoc(Integer.parseInt(r.id()), r.score()))
        .toArray(ScoreDoc[]::new);
  }

  private static ScoreDoc[] byTerms(IndexSearcher searcher, Analyzer analyzer, int seed,
      String id, int n) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setFieldNames(FIELDS);
    mlt.setAnalyzer(analyzer);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(25);
    Query query = new BooleanQuery.Builder()
        .add(mlt.like(seed), BooleanClause.Occur.MUST)
        .add(otherPapers(id), BooleanClause.Occur.FILTER)
        .build();
    return searcher.search(query, n).scoreDocs;
  }

  private static ScoreDoc[] byVector(IndexSearcher searcher, SeedVector seed, String id, int n)
      throws IOException {
    return searcher.search(new KnnFloatVectorQuery(seed.field(), seed.values(), n,
        otherPapers(id)), n).scoreDocs;
  }

  /** Papers, not the seed (its references and itself are not related papers). */
  private static Query otherPapers(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.KIND, RecordKind.PAPER.label())),
            BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.MUST_NOT)
        .build();
  }

  private static List<RankedRecord> byDoc(ScoreDoc[] hits) {
    List<RankedRecord> out = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      out.add(new RankedRecord(Integer.toString(hit.doc), hit.score));
    }
    return out;
  }

  /** A paper's vector and the field it is in. */
  record SeedVector(String field, float[] values) {
    /** The vector of a document in the first vector field that has one for it. */
    static Optional<SeedVector> of(IndexSearcher searcher, int doc) throws IOException {
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      int local = doc - leaf.docBase;
      for (FieldInfo info : leaf.reader().getFieldInfos()) {
        if (!info.name.startsWith(Schema.VECTOR_PREFIX) || info.getVectorDimension() == 0
            || info.getVectorEncoding() != VectorEncoding.FLOAT32) {
          continue;
        }
        FloatVectorValues values = leaf.reader().getFloatVectorValues(info.name);
        if (values != null && values.advance(local) == local) {
          return Optional.of(new SeedVector(info.name, values.vectorValue().clone()));
        }
      }
      return Optional.empty();
    }
  }
}
