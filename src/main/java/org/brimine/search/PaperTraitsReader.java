package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.brimine.index.RecordCodec;
import org.brimine.index.Schema;
import org.brimine.model.Entity;
import org.brimine.model.RecordKind;

/**
 * Streams the {@link PaperTraits} of the papers a query matches, in index order, from their
 * stored fields; the whole stored record is read only when entities are asked for.
 */
public final class PaperTraitsReader {
  private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.YEAR, Schema.AUTHOR,
      Schema.KEYPHRASES, Schema.THEME, Schema.CITES);
  private static final Set<String> FIELDS_AND_RECORD = Set.of(Schema.ID, Schema.YEAR,
      Schema.AUTHOR, Schema.KEYPHRASES, Schema.THEME, Schema.CITES, Schema.RECORD);

  private final SearcherManager searchers;
  private final Function<String, Query> parser;
  private final RecordCodec codec = new RecordCodec();

  PaperTraitsReader(SearcherManager searchers, Function<String, Query> parser) {
    this.searchers = searchers;
    this.parser = parser;
  }

  /**
   * Gives each paper that matches the query its traits.
   *
   * @param queryText which papers (Lucene syntax, a year range included; blank for all)
   * @param withEntities whether to read entities and countries (slower: reads whole records)
   * @param each receives the traits of each paper
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  public void forEach(String queryText, boolean withEntities, Consumer<PaperTraits> each)
      throws IOException {
    Query scope = new BooleanQuery.Builder()
        .add(parser.apply(queryText == null || queryText.isBlank() ? "*:*" : queryText),
            BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.KIND, RecordKind.PAPER.label())),
            BooleanClause.Occur.FILTER)
        .build();
    IndexSearcher searcher = searchers.acquire();
    try {
      Weight weight = searcher.createWeight(searcher.rewrite(scope),
          ScoreMode.COMPLETE_NO_SCORES, 1f);
      Set<String> fields = withEntities ? FIELDS_AND_RECORD : FIELDS;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        StoredFields stored = leaf.reader().storedFields();
        var live = leaf.reader().getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = docs.nextDoc()) {
          if (live == null || live.get(doc)) {
            each.accept(traits(stored.document(doc, fields), withEntities));
          }
        }
      }
    } finally {
      searchers.release(searcher);
    }
  }

  /** The titles of the records with these ids that have one, by id. */
  public Map<String, String> titles(Collection<String> ids) throws IOException {
    Map<String, String> titles = new HashMap<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      StoredFields stored = searcher.storedFields();
      for (String id : ids) {
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
        if (top.scoreDocs.length > 0) {
          String title = stored.document(top.scoreDocs[0].doc, Set.of(Schema.TITLE))
              .get(Schema.TITLE);
          if (title != null) {
            titles.put(id, title);
          }
        }
      }
      return titles;
    } finally {
      searchers.release(searcher);
    }
  }

  private PaperTraits traits(Document doc, boolean withEntities) {
    IndexableField year = doc.getField(Schema.YEAR);
    List<PaperTraits.EntityName> entities = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    if (withEntities) {
      for (Entity entity : codec.paper(doc).entities()) {
        entities.add(new PaperTraits.EntityName(entity.canonical(), entity.type()));
        if (entity.type().equals("COUNTRY")) {
          countries.add(entity.canonical());
        }
      }
    }
    return new PaperTraits(doc.get(Schema.ID),
        year == null ? null : year.numericValue().intValue(),
        List.of(doc.getValues(Schema.AUTHOR)), countries,
        distinct(doc.getValues(Schema.KEYPHRASES)), entities,
        distinct(doc.getValues(Schema.THEME)), distinct(doc.getValues(Schema.CITES)));
  }

  private static List<String> distinct(String[] values) {
    return List.copyOf(new LinkedHashSet<>(List.of(values)));
  }
}
