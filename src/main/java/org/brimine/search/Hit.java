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
 */
public record Hit(String id, String kind, String title, List<String> authors, Integer year,
    String venue, float score, List<String> highlights) {
  public Hit {
    authors = List.copyOf(authors);
    highlights = List.copyOf(highlights);
  }
}
