package org.brimine.search;

import java.util.List;

/**
 * One ranked record of a search.
 *
 * @param id the record id
 * @param kind "paper" or "reference"
 * @param title the title
 * @param authors the authors
 * @param year the year, or null
 * @param venue the venue, or null
 * @param score the BM25 score
 * @param highlights passages as HTML: the text escaped, the matched words between {@link
 *     #MARK_START} and {@link #MARK_END}
 * @param themes the record's top themes, highest weight first
 * @param citedBy how many papers of the index cite the record
 */
public record Hit(String id, String kind, String title, List<String> authors, Integer year,
    String venue, float score, List<String> highlights, List<HitTheme> themes, int citedBy) {
  /** The tag before a matched word of a passage. */
  public static final String MARK_START = "<mark>";
  /** The tag after a matched word of a passage. */
  public static final String MARK_END = "</mark>";

  /** A hit whose citations were not counted. */
  public Hit(String id, String kind, String title, List<String> authors, Integer year,
      String venue, float score, List<String> highlights, List<HitTheme> themes) {
    this(id, kind, title, authors, year, venue, score, highlights, themes, 0);
  }

  public Hit {
    authors = List.copyOf(authors);
    highlights = List.copyOf(highlights);
    themes = themes == null ? List.of() : List.copyOf(themes);
  }

  /**
   * A theme of a hit.
   *
   * @param theme the theme id
   * @param weight its weight in the record
   */
  public record HitTheme(String theme, double weight) {}
}
