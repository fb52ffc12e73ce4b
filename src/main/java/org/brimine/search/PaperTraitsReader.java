package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.brimine.index.RecordCodec;
import org.brimine.index.Schema;
import org.brimine.model.Entity;
import org.brimine.model.RecordKind;

/**
 * Streams the {@link PaperTraits} of the papers a query matches, in index order. Ids, years,
 * keyphrases, keywords, themes and cited ids come from doc values and postings (each field's
 * terms are walked once per segment); only authors and entities, when asked for, are read from
 * the stored documents, which are slow to read as each is decompressed whole with its record.
 */
public final class PaperTraitsReader {
  /** What is read only when asked for, from the stored documents. */
  public enum Extra {
    /** Authors, from the stored author field. */
    AUTHORS,
    /** Entities and countries, from the whole stored record. */
    ENTITIES
  }

  private final SearcherManager searchers;
  private final BiFunction<String, IndexReader, Query> parser;
  private final Function<SearchFilters, Query> filters;
  private final RecordCodec codec = new RecordCodec();

  PaperTraitsReader(SearcherManager searchers, BiFunction<String, IndexReader, Query> parser,
      Function<SearchFilters, Query> filters) {
    this.searchers = searchers;
    this.parser = parser;
    this.filters = filters;
  }

  /**
   * Gives each paper that matches the query its traits.
   *
   * @param queryText which papers (the query syntax; blank for all)
   * @param scope what the papers must be besides, such as their years
   * @param extras what to read besides ids, years, keyphrases, themes and cited ids
   * @param each receives the traits of each paper
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  public void forEach(String queryText, SearchFilters scope, Set<Extra> extras,
      Consumer<PaperTraits> each) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Weight weight = matching(searcher, queryText, scope);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
          leaf(leaf.reader(), scorer.iterator(), extras, each);
        }
      }
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The traits of the papers that match the query, in index order, as columns: the same values
   * as {@link #forEach} gives, read without a record or a string per paper (see {@link
   * TraitTableReader}). The years are always read.
   *
   * @param traits the traits to read
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  public TraitTable table(String queryText, SearchFilters scope, Set<TraitTable.Trait> traits)
      throws IOException {
    TraitTableReader reader = new TraitTableReader(traits);
    IndexSearcher searcher = searchers.acquire();
    try {
      Weight weight = matching(searcher, queryText, scope);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
          reader.leaf(leaf.reader(), scorer.iterator());
        }
      }
    } finally {
      searchers.release(searcher);
    }
    return reader.table();
  }

  /** The matching papers' weight, the query parsed for the reader it runs on. */
  private Weight matching(IndexSearcher searcher, String queryText, SearchFilters scope)
      throws IOException {
    // parsed for the reader it runs on: a refresh in between may change a word's clauses
    Query matching = new BooleanQuery.Builder()
        .add(parser.apply(queryText == null || queryText.isBlank() ? "*:*" : queryText,
            searcher.getIndexReader()), BooleanClause.Occur.FILTER)
        .add(filters.apply(scope), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.KIND, RecordKind.PAPER.label())),
            BooleanClause.Occur.FILTER)
        .build();
    return searcher.createWeight(searcher.rewrite(matching), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  private void leaf(LeafReader reader, DocIdSetIterator matches, Set<Extra> extras,
      Consumer<PaperTraits> each) throws IOException {
    Bits live = reader.getLiveDocs();
    int[] position = new int[reader.maxDoc()];
    Arrays.fill(position, -1);
    List<Integer> docs = new ArrayList<>();
    for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = matches.nextDoc()) {
      if (live == null || live.get(doc)) {
        position[doc] = docs.size();
        docs.add(doc);
      }
    }
    if (docs.isEmpty()) {
      return;
    }
    List<List<String>> cites = postings(reader, Schema.CITES, position, docs.size());
    List<List<String>> keywords = postings(reader, Schema.KEYWORD, position, docs.size());
    List<List<String>> themes = postings(reader, Schema.THEME, position, docs.size());
    SortedDocValues ids = DocValues.getSorted(reader, Schema.ID);
    NumericDocValues years = DocValues.getNumeric(reader, Schema.YEAR);
    SortedSetDocValues phrases = DocValues.getSortedSet(reader, Schema.KEYPHRASE_COUNT);
    StoredFields stored = extras.isEmpty() ? null : reader.storedFields();
    Set<String> fields = extras.contains(Extra.ENTITIES)
        ? Set.of(Schema.ID, Schema.AUTHOR, Schema.RECORD) : Set.of(Schema.ID, Schema.AUTHOR);
    for (int i = 0; i < docs.size(); i++) {
      int doc = docs.get(i);
      if (!ids.advanceExact(doc)) {
        continue;
      }
      String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
      Integer year = years.advanceExact(doc) ? (int) years.longValue() : null;
      LinkedHashSet<String> keyphrases = new LinkedHashSet<>();
      if (phrases.advanceExact(doc)) {
        for (int k = 0; k < phrases.docValueCount(); k++) {
          String value = phrases.lookupOrd(phrases.nextOrd()).utf8ToString();
          keyphrases.add(value.substring(0, value.indexOf(Schema.KEYPHRASE_COUNT_SEPARATOR)));
        }
      }
      keyphrases.addAll(keywords.get(i));
      List<String> authors = List.of();
      List<PaperTraits.EntityName> entities = new ArrayList<>();
      List<String> countries = new ArrayList<>();
      if (stored != null) {
        Document document = stored.document(doc, fields);
        authors = List.of(document.getValues(Schema.AUTHOR));
        if (extras.contains(Extra.ENTITIES)) {
          for (Entity entity : codec.paper(document).entities()) {
            entities.add(new PaperTraits.EntityName(entity.canonical(), entity.type()));
            if (entity.type().equals("COUNTRY")) {
              countries.add(entity.canonical());
            }
          }
        }
      }
      each.accept(new PaperTraits(id, year, authors, countries, List.copyOf(keyphrases),
          entities, themes.get(i), cites.get(i)));
    }
  }

  /** The terms of a field of each matching doc, walking the field's terms once. */
  private static List<List<String>> postings(LeafReader reader, String field, int[] position,
      int n) throws IOException {
    List<List<String>> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(new ArrayList<>(4));
    }
    Terms terms = reader.terms(field);
    if (terms == null) {
      return values;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      String value = null;
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (position[doc] >= 0) {
          if (value == null) {
            value = term.utf8ToString();
          }
          values.get(position[doc]).add(value);
        }
      }
    }
    return values;
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
}
