package org.brimine.model;

import java.util.List;

/**
 * Bibliographic metadata of a paper, from its {@code .meta.json} sidecar or the command line.
 * Every field may be null (authors: empty) when unknown.
 *
 * @param title the title
 * @param authors the authors in order
 * @param year the year of publication
 * @param venue the journal, proceedings or publisher
 * @param doi the DOI
 * @param url a URL where the paper can be found
 * @param language an ISO 639-1 language code such as "en" or "zh"
 * @param titleEn the English title of a paper that has titles in two languages (CNKI), or null
 * @param titleZh the Chinese title of such a paper, or null
 * @param exported what a database export says beyond these fields (keywords, affiliations, cited
 *     references, ...), or null for a paper that came from no export
 */
public record PaperMetadata(
    String title,
    List<String> authors,
    Integer year,
    String venue,
    String doi,
    String url,
    String language,
    String titleEn,
    String titleZh,
    ExportFields exported) {

  /** Metadata that knows nothing. */
  public static final PaperMetadata EMPTY =
      new PaperMetadata(null, List.of(), null, null, null, null, null);

  /** Metadata with one title. */
  public PaperMetadata(String title, List<String> authors, Integer year, String venue,
      String doi, String url, String language) {
    this(title, authors, year, venue, doi, url, language, null, null);
  }

  /** Metadata with a title in each language, from no export. */
  public PaperMetadata(String title, List<String> authors, Integer year, String venue,
      String doi, String url, String language, String titleEn, String titleZh) {
    this(title, authors, year, venue, doi, url, language, titleEn, titleZh, null);
  }

  /** This metadata with these export fields. */
  public PaperMetadata withExported(ExportFields newExported) {
    return new PaperMetadata(title, authors, year, venue, doi, url, language, titleEn, titleZh,
        newExported);
  }

  public PaperMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
    title = blankToNull(title);
    venue = blankToNull(venue);
    doi = blankToNull(doi);
    url = blankToNull(url);
    language = blankToNull(language);
    titleEn = blankToNull(titleEn);
    titleZh = blankToNull(titleZh);
  }

  /** Returns this metadata with every field that {@code override} knows replaced by its value. */
  public PaperMetadata overriddenBy(PaperMetadata override) {
    return new PaperMetadata(
        override.title != null ? override.title : title,
        !override.authors.isEmpty() ? override.authors : authors,
        override.year != null ? override.year : year,
        override.venue != null ? override.venue : venue,
        override.doi != null ? override.doi : doi,
        override.url != null ? override.url : url,
        override.language != null ? override.language : language,
        override.titleEn != null ? override.titleEn : titleEn,
        override.titleZh != null ? override.titleZh : titleZh,
        override.exported != null ? override.exported : exported);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
