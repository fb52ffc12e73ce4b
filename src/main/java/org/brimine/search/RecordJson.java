package org.brimine.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.brimine.model.CitedReference;
import org.brimine.model.Entity;
import org.brimine.model.Keyphrase;
import org.brimine.model.Paragraph;
import org.brimine.model.PaperMetadata;
import org.brimine.model.PaperRecord;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Problem;
import org.brimine.model.Reference;
import org.brimine.model.ThemeHit;
import org.brimine.model.ThemeScore;

/**
 * The JSON views of a record, as {@code bri show --json} and {@code /api/papers/{id}} print
 * them: Jackson writes these records, fields in the order given here.
 */
final class RecordJson {
  private RecordJson() {}

  /** The view of a record. */
  static Object of(RecordDetails d) {
    return d.paper() != null ? paper(d.id(), d.kind().label(), d.paper(), d.citedBy())
        : new ReferenceRecord(d.id(), d.kind().label(), d.reference(), d.citedBy());
  }

  private static PaperView paper(String id, String kind, PaperRecord record, List<Hit> citedBy) {
    ParsedPaper paper = record.paper();
    PaperMetadata meta = paper.paper().metadata();
    return new PaperView(id, kind, paper.title(), paper.titleInferred(), paper.language(),
        paper.titleEn(), paper.titleZh(), paper.knownAuthors(), meta.year(), meta.venue(),
        meta.doi(), meta.url(), paper.paper().source(), paper.abstractText(), paper.abstractEn(),
        paper.abstractZh(), paper.keywords(),
        paper.frontMatter().stream().map(Paragraph::text).toList(),
        paper.sections().stream().map(s -> new SectionView(s.number(), s.heading(), s.text()))
            .toList(),
        paper.references().stream().map(RecordJson::cited).toList(), record.themes(),
        record.keyphrases(), record.entities(), record.evidence(),
        paper.problems().stream().map(Problem::toString).toList(), citedBy);
  }

  private static CitedView cited(CitedReference cited) {
    return new CitedView(cited.id(), cited.reference());
  }

  /**
   * A paper record. The titles and abstracts in English and Chinese are those of a paper that
   * has them in two languages (CNKI), else null.
   */
  @JsonPropertyOrder({"id", "kind", "title", "titleInferred", "language", "titleEn", "titleZh",
      "authors", "year", "venue", "doi", "url", "source", "abstract", "abstractEn", "abstractZh",
      "keywords", "frontMatter", "sections", "references", "themes", "keyphrases", "entities",
      "evidence", "problems", "citedBy"})
  record PaperView(String id, String kind, String title, boolean titleInferred, String language,
      String titleEn, String titleZh, List<String> authors, Integer year, String venue,
      String doi, String url, String source, @JsonProperty("abstract") String abstractText,
      String abstractEn, String abstractZh, List<String> keywords, List<String> frontMatter,
      List<SectionView> sections, List<CitedView> references, List<ThemeScore> themes,
      List<Keyphrase> keyphrases, List<Entity> entities, List<ThemeHit> evidence,
      List<String> problems, List<Hit> citedBy) {}

  /** A section of a paper. */
  @JsonPropertyOrder({"number", "heading", "text"})
  record SectionView(String number, String heading, String text) {}

  /** A reference entry of a paper: the id of its record, then its parsed fields. */
  @JsonPropertyOrder({"id"})
  record CitedView(String id, @JsonUnwrapped Reference reference) {}

  /** A work known from references: its id, its kind, its parsed fields, who cites it. */
  @JsonPropertyOrder({"id", "kind"})
  record ReferenceRecord(String id, String kind, @JsonUnwrapped Reference reference,
      List<Hit> citedBy) {}
}
