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
 */
public record PaperMetadata(
    String title,
    List<String> authors,
    Integer year,
    String venue,
    String doi,
    String url,
    String language) {

  /** Metadata that knows nothing. */
  public static final PaperMetadata EMPTY =
      new PaperMetadata(null, List.of(), null, null, null, null, null);

  public PaperMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
    title = blankToNull(title);
    venue = blankToNull(venue);
    doi = blankToNull(doi);
    url = blankToNull(url);
    language = blankToNull(language);
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
        override.language != null ? override.language : language);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
