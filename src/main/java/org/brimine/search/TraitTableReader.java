package org.brimine.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.brimine.index.RecordCodec;
import org.brimine.index.Schema;
import org.brimine.model.Entity;
import org.brimine.search.TraitColumnBuilder.Pairs;
import org.brimine.search.TraitTable.Trait;

/**
 * Reads a {@link TraitTable} segment by segment, each trait as {@link PaperTraitsReader} reads it
 * into records, but without a string or a list per paper: a postings field's terms are walked
 * once and each term becomes a string once; a doc-values value is looked up once a segment, in
 * the order of its ordinals (so each compressed block of the terms dictionary is read once).
 */
final class TraitTableReader {
  private final Set<Trait> traits;
  private final RecordCodec codec = new RecordCodec();
  private final Map<Trait, TraitColumnBuilder<?>> builders = new EnumMap<>(Trait.class);
  private final TraitColumnBuilder<String> ids = new TraitColumnBuilder<>();
  private final TraitColumnBuilder<String> authors = new TraitColumnBuilder<>();
  private final TraitColumnBuilder<String> countries = new TraitColumnBuilder<>();
  private final TraitColumnBuilder<String> keyphrases = new TraitColumnBuilder<>();
  private final TraitColumnBuilder<PaperTraits.EntityName> entities = new TraitColumnBuilder<>();
  private final TraitColumnBuilder<String> themes = new TraitColumnBuilder<>();
  private final TraitColumnBuilder<String> cites = new TraitColumnBuilder<>();
  private int[] years = new int[0];

  TraitTableReader(Set<Trait> traits) {
    this.traits = Set.copyOf(traits);
    builders.put(Trait.ID, ids);
    builders.put(Trait.AUTHORS, authors);
    builders.put(Trait.COUNTRIES, countries);
    builders.put(Trait.KEYPHRASES, keyphrases);
    builders.put(Trait.ENTITIES, entities);
    builders.put(Trait.THEMES, themes);
    builders.put(Trait.CITES, cites);
  }

  /** Adds the matching papers of one segment (papers without an id are skipped, as records). */
  void leaf(LeafReader reader, DocIdSetIterator matches) throws IOException {
    Bits live = reader.getLiveDocs();
    SortedDocValues idValues = DocValues.getSorted(reader, Schema.ID);
    int[] position = new int[reader.maxDoc()];
    Arrays.fill(position, -1);
    int[] docs = new int[64];
    int n = 0;
    Pairs idPairs = new Pairs();
    for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = matches.nextDoc()) {
      if ((live == null || live.get(doc)) && idValues.advanceExact(doc)) {
        if (n == docs.length) {
          docs = Arrays.copyOf(docs, 2 * n);
        }
        position[doc] = n;
        idPairs.add(n, idValues.ordValue());
        docs[n++] = doc;
      }
    }
    if (n == 0) {
      return;
    }
    int before = years.length;
    years = Arrays.copyOf(years, before + n);
    NumericDocValues yearValues = DocValues.getNumeric(reader, Schema.YEAR);
    for (int i = 0; i < n; i++) {
      years[before + i] = yearValues.advanceExact(docs[i]) ? (int) yearValues.longValue()
          : TraitTable.NO_YEAR;
    }
    if (traits.contains(Trait.ID)) {
      resolve(idValues.termsEnum(), idValues.getValueCount(), idPairs,
          term -> ids.id(term.utf8ToString()));
      ids.addLeaf(n, idPairs);
    }
    if (traits.contains(Trait.CITES)) {
      cites.addLeaf(n, postings(reader, Schema.CITES, position, cites));
    }
    if (traits.contains(Trait.THEMES)) {
      themes.addLeaf(n, postings(reader, Schema.THEME, position, themes));
    }
    if (traits.contains(Trait.KEYPHRASES)) {
      keyphrases.addLeaf(n, keyphrases(reader, docs, n, position));
    }
    if (traits.contains(Trait.AUTHORS) || traits.contains(Trait.COUNTRIES)
        || traits.contains(Trait.ENTITIES)) {
      stored(reader, docs, n);
    }
  }

  /** The table of the papers read so far. */
  TraitTable table() {
    Map<Trait, TraitTable.Column<?>> columns = new EnumMap<>(Trait.class);
    for (Trait trait : traits) {
      columns.put(trait, builders.get(trait).build());
    }
    return new TraitTable(years, columns);
  }

  /** The (paper, value) pairs of a postings field, walking its terms once. */
  private static Pairs postings(LeafReader reader, String field, int[] position,
      TraitColumnBuilder<String> column) throws IOException {
    Pairs pairs = new Pairs();
    Terms terms = reader.terms(field);
    if (terms == null) {
      return pairs;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum postings = null;
    // in the first segment read, terms are new values: no look-up needed
    boolean fresh = column.isEmpty();
    for (BytesRef term = te.next(); term != null; term = te.next()) {
      int value = -1;
      postings = te.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (position[doc] >= 0) {
          if (value < 0) {
            value = fresh ? column.add(term.utf8ToString()) : column.id(term.utf8ToString());
          }
          pairs.add(position[doc], value);
        }
      }
    }
    return pairs;
  }

  /**
   * Keyphrases from the doc values (the phrase before the first separator of each value) and the
   * paper's own keywords from their postings, each once a paper.
   */
  private Pairs keyphrases(LeafReader reader, int[] docs, int n, int[] position)
      throws IOException {
    SortedSetDocValues phrases = DocValues.getSortedSet(reader, Schema.KEYPHRASE_COUNT);
    Pairs pairs = new Pairs();
    for (int i = 0; i < n; i++) {
      if (phrases.advanceExact(docs[i])) {
        for (int k = 0; k < phrases.docValueCount(); k++) {
          pairs.add(i, Math.toIntExact(phrases.nextOrd()));
        }
      }
    }
    // the values of one phrase are neighbours in the sorted dictionary: look the phrase up once
    BytesRef[] last = {null};
    int[] lastId = {-1};
    resolve(phrases.termsEnum(), phrases.getValueCount(), pairs, term -> {
      int end = 0;
      while (end < term.length && term.bytes[term.offset + end] != Schema.KEYPHRASE_COUNT_SEPARATOR) {
        end++;
      }
      BytesRef phrase = new BytesRef(term.bytes, term.offset, end);
      if (last[0] == null || !last[0].bytesEquals(phrase)) {
        last[0] = BytesRef.deepCopyOf(phrase);
        lastId[0] = keyphrases.id(phrase.utf8ToString());
      }
      return lastId[0];
    });
    Pairs keywords = postings(reader, Schema.KEYWORD, position, keyphrases);
    for (int i = 0; i < keywords.size(); i++) {
      pairs.add(keywords.paper(i), keywords.value(i));
    }
    return pairs;
  }

  /**
   * Replaces the doc-values ordinals of the pairs by value numbers: the values used are looked up
   * once each, in ascending order.
   */
  private static void resolve(TermsEnum te, long valueCount, Pairs pairs,
      Function<BytesRef, Integer> id) throws IOException {
    int[] numbers = new int[Math.toIntExact(valueCount)];
    Arrays.fill(numbers, -1);
    for (int i = 0; i < pairs.size(); i++) {
      numbers[pairs.value(i)] = -2;
    }
    for (int ord = 0; ord < numbers.length; ord++) {
      if (numbers[ord] == -2) {
        te.seekExact(ord);
        numbers[ord] = id.apply(te.term());
      }
    }
    for (int i = 0; i < pairs.size(); i++) {
      pairs.setValue(i, numbers[pairs.value(i)]);
    }
  }

  /** Authors, countries and entities from the stored documents. */
  private void stored(LeafReader reader, int[] docs, int n) throws IOException {
    boolean whole = traits.contains(Trait.COUNTRIES) || traits.contains(Trait.ENTITIES);
    Set<String> fields = whole ? Set.of(Schema.ID, Schema.AUTHOR, Schema.RECORD)
        : Set.of(Schema.ID, Schema.AUTHOR);
    StoredFields stored = reader.storedFields();
    Pairs authorPairs = new Pairs();
    Pairs countryPairs = new Pairs();
    Pairs entityPairs = new Pairs();
    for (int i = 0; i < n; i++) {
      Document document = stored.document(docs[i], fields);
      for (String author : document.getValues(Schema.AUTHOR)) {
        authorPairs.add(i, authors.id(author));
      }
      if (whole) {
        for (Entity entity : codec.paper(document).entities()) {
          entityPairs.add(i, entities.id(
              new PaperTraits.EntityName(entity.canonical(), entity.type())));
          if (entity.type().equals("COUNTRY")) {
            countryPairs.add(i, countries.id(entity.canonical()));
          }
        }
      }
    }
    authors.addLeaf(n, authorPairs);
    countries.addLeaf(n, countryPairs);
    entities.addLeaf(n, entityPairs);
  }
}
