package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.ScoreDoc;

/**
 * The exact similarity of given records' vectors to a query vector, read from the vector field's
 * values (no graph search): Lucene's cosine score, {@code (1 + cos) / 2}.
 */
final class VectorSimilarity {
  private VectorSimilarity() {}

  /**
   * The records that have a vector in {@code field}, most similar first ({@code query} null:
   * each scored 0, in doc id order).
   */
  static ScoreDoc[] of(IndexReader reader, ScoreDoc[] records, float[] query, String field)
      throws IOException {
    ScoreDoc[] byDoc = records.clone();
    // vector values iterate forwards only: visit the records in doc id order
    Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
    List<LeafReaderContext> leaves = reader.leaves();
    List<ScoreDoc> scored = new ArrayList<>(records.length);
    int leafIndex = -1;
    FloatVectorValues values = null;
    LeafReaderContext leaf = null;
    for (ScoreDoc d : byDoc) {
      int sub = ReaderUtil.subIndex(d.doc, leaves);
      if (sub != leafIndex) {
        leafIndex = sub;
        leaf = leaves.get(sub);
        values = leaf.reader().getFloatVectorValues(field);
      }
      int local = d.doc - leaf.docBase;
      if (values != null && values.docID() < local) {
        values.advance(local);
      }
      // a record without a vector: the values stopped at a later record (or the end)
      if (values != null && values.docID() == local) {
        scored.add(new ScoreDoc(d.doc, query == null ? 0
            : VectorSimilarityFunction.COSINE.compare(query, values.vectorValue())));
      }
    }
    scored.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed()
        .thenComparingInt(d -> d.doc));
    return scored.toArray(ScoreDoc[]::new);
  }

  /**
   * The records that have a vector in a vector field other than {@code field}: a vector of
   * another model (a paper of the other language), which cannot be compared with the query's.
   */
  static Set<Integer> ofOtherModels(IndexReader reader, ScoreDoc[] records, String field)
      throws IOException {
    Set<String> others = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (FieldInfo info : leaf.reader().getFieldInfos()) {
        if (info.getVectorDimension() > 0 && !info.name.equals(field)) {
          others.add(info.name);
        }
      }
    }
    Set<Integer> found = new HashSet<>();
    for (String other : others) {
      // any query vector will do: only which records have a vector is read
      for (ScoreDoc d : of(reader, records, null, other)) {
        found.add(d.doc);
      }
    }
    return found;
  }
}
