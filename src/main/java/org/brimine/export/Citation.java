package org.brimine.export;

import java.util.List;
import java.util.Objects;
import org.brimine.model.PaperMetadata;
import org.brimine.model.PaperRecord;
import org.brimine.model.ParsedPaper;
import org.brimine.model.RecordKind;
import org.brimine.model.Reference;

/**
 * The bibliographic fields of one record, as every export format and citation style reads
 * them. Every field but {@code id}, {@code kind} and {@code authors} may be null.
 *
 * @param id the record id
 * @param kind paper or reference
 * @param type the GB/T 7714 document type code ("J", "M", "C", "D", "R", "N", "EB/OL"), or null
 *     when not known
 * @param title the title
 * @param authors the authors in order, as written
 * @param year the year
 * @param venue the journal, proceedings or publisher
 * @param volume the volume
 * @param issue the issue
 * @param pages the pages, "133-134"
 * @param place the place of publication
 * @param doi the DOI, without a resolver prefix
 * @param url a URL
 * @param language an ISO 639-1 code ("zh", "en")
 * @param abstractText the abstract, or for a paper without one its text
 * @param keywords the keywords the paper lists
 * @param citedBy how many papers of the index cite the record
 */
public record Citation(String id, RecordKind kind, String type, String title,
    List<String> authors, Integer year, String venue, String volume, String issue, String pages,
    String place, String doi, String url, String language, String abstractText,
    List<String> keywords, int citedBy) {
  /**
   * The most characters of a paper's text exported in place of an abstract it lacks: enough for
   * a reference manager's note and for {@code bri import} to make the paper again.
   */
  static final int MAX_TEXT = 4_000;

  public Citation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    authors = authors == null ? List.of() : List.copyOf(authors);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    if (citedBy < 0) {
      throw new IllegalArgumentException("citedBy must be 0 or more, got " + citedBy);
    }
  }

  /** The citation of a paper record. */
  public static Citation of(PaperRecord record, int citedBy) {
    ParsedPaper paper = record.paper();
    PaperMetadata meta = paper.paper().metadata();
    String text = paper.abstractText() != null ? paper.abstractText() : cut(paper.bodyText());
    return new Citation(paper.id(), RecordKind.PAPER, meta.venue() == null ? null : "J",
        paper.title(), paper.knownAuthors(), meta.year(), meta.venue(), null, null, null, null,
        meta.doi(), meta.url(), paper.language(), text, paper.keywords(), citedBy);
  }

  /** The citation of a reference record. */
  public static Citation of(String id, Reference reference, int citedBy) {
    return new Citation(id, RecordKind.REFERENCE, reference.type(),
        reference.title() != null ? reference.title() : reference.raw(), reference.authors(),
        reference.year(), reference.venue(), reference.volume(), reference.issue(),
        reference.pages(), reference.place(), reference.doi(), reference.url(), null, null,
        List.of(), citedBy);
  }

  /** The first page, or null. */
  String startPage() {
    return pages == null ? null : pages.split("[-–]+", 2)[0].strip();
  }

  /** The last page of a range, or null. */
  String endPage() {
    String[] parts = pages == null ? new String[0] : pages.split("[-–]+", 2);
    return parts.length == 2 && !parts[1].isBlank() ? parts[1].strip() : null;
  }

  private static String cut(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= MAX_TEXT) {
      return t;
    }
    int space = t.lastIndexOf(' ', MAX_TEXT);
    return t.substring(0, space > MAX_TEXT / 2 ? space : MAX_TEXT) + " …";
  }
}
