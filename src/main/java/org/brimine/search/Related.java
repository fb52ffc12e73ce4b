package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.brimine.index.Schema;
import org.brimine.model.RecordKind;

/**
 * Papers related to a paper, by Lucene's MoreLikeThis over its title, abstract, body and
 * keyphrases: the paper's most distinctive terms (by tf-idf) make a query for the others.
 */
final class Related {
  private static final String[] FIELDS = {Schema.TITLE, Schema.ABSTRACT, Schema.BODY,
      Schema.KEYPHRASES};

  private Related() {}

  static List<Hit> of(IndexSearcher searcher, Analyzer analyzer, String id, int n)
      throws IOException {
    TopDocs self = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (self.scoreDocs.length == 0) {
      return List.of();
    }
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setFieldNames(FIELDS);
    mlt.setAnalyzer(analyzer);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxQueryTerms(25);
    Query like = mlt.like(self.scoreDocs[0].doc);
    Query query = new BooleanQuery.Builder()
        .add(like, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, RecordKind.PAPER.label())),
            BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.MUST_NOT)
        .build();
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, n).scoreDocs) {
      hits.add(StoredHits.hit(searcher.storedFields().document(sd.doc), sd.score, List.of()));
    }
    return hits;
  }
}
