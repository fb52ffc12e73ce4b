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
 * @param highlights passages with the matched words marked by {@code <mark>}, HTML-escaped
 * @param themes the record's top themes, highest weight first
 */
public record Hit(String id, String kind, String title, List<String> authors, Integer year,
    String venue, float score, List<String> highlights, List<HitTheme> themes) {
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
