package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.brimine.index.Schema;

/**
 * Finds the citation links among a set of papers from the index: for each paper, the postings
 * of its id in {@link Schema#CITES} are the papers that cite it. No record is read.
 */
final class CitationLinks {
  private final IndexReader reader;
  private final FixedBitSet papers;
  private final double[] weights;

  /**
   * @param reader the index
   * @param papers the papers, by doc id
   * @param weights each paper's rank weight, by doc id: links are ordered by it
   */
  CitationLinks(IndexReader reader, FixedBitSet papers, double[] weights) {
    this.reader = reader;
    this.papers = papers;
    this.weights = weights;
  }

  /**
   * The first {@code limit} links among the papers: by citing paper, highest weight first and
   * ties by id, then by cited paper in the same order.
   */
  List<ThemeStatistics.Link> among(int limit) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    TermsEnum[] cites = new TermsEnum[leaves.size()];
    SortedDocValues[] ids = new SortedDocValues[leaves.size()];
    for (int i = 0; i < leaves.size(); i++) {
      Terms terms = leaves.get(i).reader().terms(Schema.CITES);
      cites[i] = terms == null ? null : terms.iterator();
      ids[i] = DocValues.getSorted(leaves.get(i).reader(), Schema.ID);
    }
    List<int[]> links = new ArrayList<>();
    Map<Integer, String> idOf = new HashMap<>();
    PostingsEnum postings = null;
    // in doc id order, so that each leaf's id values are read forward as doc values must be
    BitSetIterator cited = new BitSetIterator(papers, 0);
    for (int doc = cited.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = cited.nextDoc()) {
      int leaf = ReaderUtil.subIndex(doc, leaves);
      if (!ids[leaf].advanceExact(doc - leaves.get(leaf).docBase)) {
        continue;
      }
      BytesRef id = ids[leaf].lookupOrd(ids[leaf].ordValue());
      for (int i = 0; i < leaves.size(); i++) {
        if (cites[i] == null || !cites[i].seekExact(id)) {
          continue;
        }
        postings = cites[i].postings(postings, PostingsEnum.NONE);
        int base = leaves.get(i).docBase;
        for (int citing = postings.nextDoc(); citing != DocIdSetIterator.NO_MORE_DOCS;
            citing = postings.nextDoc()) {
          if (papers.get(base + citing)) {
            links.add(new int[] {base + citing, doc});
            idOf.putIfAbsent(doc, id.utf8ToString());
          }
        }
      }
    }
    for (int[] link : links) {
      if (!idOf.containsKey(link[0])) {
        idOf.put(link[0], id(link[0]));
      }
    }
    Comparator<Integer> rank = Comparator.comparingDouble((Integer d) -> weights[d]).reversed()
        .thenComparing(idOf::get);
    links.sort(Comparator.comparing((int[] l) -> l[0], rank).thenComparing(l -> l[1], rank));
    List<ThemeStatistics.Link> result = new ArrayList<>();
    for (int[] link : links.subList(0, Math.min(limit, links.size()))) {
      result.add(new ThemeStatistics.Link(idOf.get(link[0]), idOf.get(link[1])));
    }
    return result;
  }

  /** The id of a paper, read afresh: doc values are read forward only. */
  private String id(int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues ids = DocValues.getSorted(leaf.reader(), Schema.ID);
    if (!ids.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("paper " + doc + " has no id");
    }
    return ids.lookupOrd(ids.ordValue()).utf8ToString();
  }
}
