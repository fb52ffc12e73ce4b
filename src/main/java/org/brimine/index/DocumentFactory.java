package org.brimine.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.brimine.model.Entity;
import org.brimine.model.Keyphrase;
import org.brimine.model.PaperRecord;
import org.brimine.model.PaperVector;
import org.brimine.model.ParsedPaper;
import org.brimine.model.RecordKind;
import org.brimine.model.Reference;
import org.brimine.model.Section;
import org.brimine.model.ThemeScore;
import org.brimine.model.WorkKeys;

/** Maps paper and reference records to Lucene documents, field by field as {@link Schema} says. */
final class DocumentFactory {
  private final FacetsConfig facetsConfig = Schema.facetsConfig();
  private final RecordCodec codec = new RecordCodec();

  /**
   * The document of a paper, with the fingerprint of the program that made its record, if
   * known (null when not).
   */
  Document paper(PaperRecord record, String madeBy) throws IOException {
    return paper(record, madeBy, null);
  }

  /**
   * The document of a paper with its dense vector, in the field of the vector's model (none when
   * {@code vector} is null).
   */
  Document paper(PaperRecord record, String madeBy, PaperVector vector) throws IOException {
    ParsedPaper paper = record.paper();
    Document doc = new Document();
    if (vector != null) {
      doc.add(new KnnFloatVectorField(Schema.vector(vector.model(), vector.dimension()),
          vector.values(), VectorSimilarityFunction.COSINE));
    }
    // the metadata's authors, else those read from the byline of the paper
    common(doc, paper.id(), RecordKind.PAPER, paper.title(), paper.knownAuthors(),
        paper.paper().metadata().year(), paper.paper().metadata().venue());
    // a paper with titles and abstracts in two languages is found and shown by both
    paper.titles().stream().skip(1).forEach(t -> text(doc, Schema.TITLE, t));
    paper.abstracts().forEach(a -> text(doc, Schema.ABSTRACT, a));
    if (paper.language() != null) {
      doc.add(new Field(Schema.LANG, paper.language(), Schema.EXACT));
      doc.add(new SortedSetDocValuesFacetField(Schema.LANG, paper.language()));
    }
    text(doc, Schema.BODY, paper.bodyText());
    for (Section section : paper.sections()) {
      if (!section.heading().isEmpty()) {
        doc.add(new Field(Schema.SECTION, section.heading(), Schema.TEXT_WITH_OFFSETS));
      }
    }
    for (String keyword : paper.keywords()) {
      doc.add(new Field(Schema.KEYWORD, keyword, Schema.EXACT));
      doc.add(new Field(Schema.KEYPHRASES, keyword, Schema.TEXT_WITH_OFFSETS));
    }
    for (String cited : paper.citedIds()) {
      doc.add(new StringField(Schema.CITES, cited, Field.Store.YES));
    }
    doc.add(new StringField(Schema.SOURCE, paper.paper().source(), Field.Store.YES));
    doc.add(new StringField(Schema.HASH, paper.paper().contentHash(), Field.Store.YES));
    doc.add(new StringField(Schema.TEXT_HASH, paper.paper().textHash(), Field.Store.YES));
    if (madeBy != null) {
      doc.add(new StringField(Schema.MADE_BY, madeBy, Field.Store.YES));
    }
    var meta = paper.paper().metadata();
    identifiers(doc, meta.doi(), meta.exported() == null ? List.of()
        : meta.exported().databaseIds(), WorkKeys.of(meta));
    missing(doc, paper.titleInferred() ? null : paper.title(), paper.knownAuthors(), meta.year(),
        meta.venue(), meta.doi());
    entities(doc, record.entities());
    themes(doc, record.themes(), record.keyphrases());
    doc.add(codec.field(record));
    return facetsConfig.build(doc);
  }

  private static void themes(Document doc, List<ThemeScore> scores, List<Keyphrase> keyphrases) {
    for (ThemeScore score : scores) {
      doc.add(new Field(Schema.THEME, score.theme(), Schema.EXACT));
      doc.add(new SortedSetDocValuesFacetField(Schema.THEME, score.theme()));
      // FeatureField needs a positive value; every indexed theme has evidence, so weight > 0.
      doc.add(new FeatureField(Schema.THEME_WEIGHT, score.theme(),
          (float) Math.max(score.weight(), 1e-4)));
      doc.add(new StoredField(Schema.THEME_WEIGHT, (float) score.weight()));
      doc.add(new DoubleDocValuesField(Schema.themeWeight(score.theme()), score.weight()));
    }
    for (Keyphrase phrase : keyphrases) {
      if (phrase.phrase().length() > MAX_KEYPHRASE) {
        continue; // one immense word (a title of 40,000 letters), not a phrase: over Lucene's limit
      }
      doc.add(new Field(Schema.KEYPHRASES, phrase.phrase(), Schema.TEXT_WITH_OFFSETS));
      doc.add(new SortedSetDocValuesField(Schema.KEYPHRASE_COUNT,
          new BytesRef(Schema.keyphraseCount(phrase.phrase(), phrase.lemma(),
              phrase.count()))));
    }
  }

  /** The longest keyphrase indexed, in characters: its doc value must stay under 32 KB. */
  private static final int MAX_KEYPHRASE = 1_000;

  private static void entities(Document doc, List<Entity> entities) {
    for (Entity entity : entities) {
      List<String> fields = Schema.entityFields(entity.type());
      for (String field : fields) {
        doc.add(new Field(field, entity.canonical(), Schema.EXACT));
        for (String alias : entity.aliases()) {
          doc.add(new Field(field, alias, Schema.EXACT));
        }
        if (!field.equals(Schema.ENTITY)) {
          doc.add(new SortedSetDocValuesFacetField(field, entity.canonical()));
        }
      }
    }
  }

  /** The document of a work known from reference lists. */
  Document reference(String id, Reference reference) throws IOException {
    Document doc = new Document();
    String title = reference.title() != null ? reference.title() : reference.raw();
    common(doc, id, RecordKind.REFERENCE, title, reference.authors(), reference.year(),
        reference.venue());
    missing(doc, reference.title(), reference.authors(), reference.year(), reference.venue(),
        reference.doi());
    if (reference.type() != null) {
      doc.add(new Field(Schema.TYPE, reference.type(), Schema.EXACT));
      doc.add(new SortedSetDocValuesFacetField(Schema.TYPE, reference.type()));
    }
    identifiers(doc, reference.doi(), List.of(), WorkKeys.of(reference));
    doc.add(codec.field(reference));
    return facetsConfig.build(doc);
  }

  /** The DOI, database ids and match keys of a record (see {@link Schema#MATCH_KEY}). */
  private static void identifiers(Document doc, String doi, List<String> databaseIds,
      List<String> keys) {
    String normal = WorkKeys.doi(doi);
    if (normal != null) {
      doc.add(new Field(Schema.DOI, normal, Schema.EXACT));
    }
    for (String id : databaseIds) {
      doc.add(new Field(Schema.DBID, id, Schema.EXACT));
    }
    for (String key : keys) {
      doc.add(new StringField(Schema.MATCH_KEY, key, Field.Store.NO));
    }
  }

  private static void missing(Document doc, String title, List<String> authors, Integer year,
      String venue, String doi) {
    if (title == null) {
      doc.add(new Field(Schema.MISSING, MissingMetadata.TITLE.label(), Schema.EXACT));
    }
    if (authors.isEmpty()) {
      doc.add(new Field(Schema.MISSING, MissingMetadata.AUTHORS.label(), Schema.EXACT));
    }
    if (year == null) {
      doc.add(new Field(Schema.MISSING, MissingMetadata.YEAR.label(), Schema.EXACT));
    }
    if (venue == null) {
      doc.add(new Field(Schema.MISSING, MissingMetadata.VENUE.label(), Schema.EXACT));
    }
    if (doi == null) {
      doc.add(new Field(Schema.MISSING, MissingMetadata.DOI.label(), Schema.EXACT));
    }
  }

  private static void common(Document doc, String id, RecordKind kind, String title,
      List<String> authors, Integer year, String venue) {
    doc.add(new StringField(Schema.ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(Schema.ID, new BytesRef(id)));
    // every record has the field, so that the writer can update it in place; it sets the count
    doc.add(new NumericDocValuesField(Schema.CITED_BY, 0));
    doc.add(new Field(Schema.KIND, kind.label(), Schema.EXACT));
    doc.add(new SortedSetDocValuesFacetField(Schema.KIND, kind.label()));
    text(doc, Schema.TITLE, title);
    for (String author : authors) {
      doc.add(new Field(Schema.AUTHOR, author, Schema.EXACT));
      doc.add(new SortedSetDocValuesFacetField(Schema.AUTHOR, author));
    }
    if (year != null) {
      doc.add(new IntPoint(Schema.YEAR, year));
      doc.add(new NumericDocValuesField(Schema.YEAR, year));
      doc.add(new StoredField(Schema.YEAR, year));
      doc.add(new SortedSetDocValuesFacetField(Schema.YEAR, year.toString()));
    }
    if (venue != null) {
      doc.add(new Field(Schema.VENUE, venue, Schema.EXACT));
      doc.add(new SortedSetDocValuesFacetField(Schema.VENUE, venue));
    }
  }

  private static void text(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new Field(field, value, Schema.TEXT_WITH_OFFSETS));
    }
  }
}
