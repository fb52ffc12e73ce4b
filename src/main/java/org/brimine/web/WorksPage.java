package org.brimine.web;

import java.util.List;
import java.util.Map;
import org.brimine.report.Html;
import org.brimine.report.Templates;
import org.brimine.search.WorkProfile;

/**
 * The page of an author or a venue ({@code web/works.jte}): the works, co-authors or authors,
 * venues, themes year by year and citations, with links back to the search and the papers.
 */
final class WorksPage {
  private WorksPage() {}

  /** Whose works a page lists. */
  enum Of {
    AUTHOR("author"), VENUE("venue");

    private final String label;

    Of(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /**
   * What the template shows.
   *
   * @param of an author's or a venue's
   * @param profile the works
   * @param search the query string of the search for these works
   * @param themes the labels of the theme columns, in their order
   */
  record View(Of of, WorkProfile profile, String search, List<String> themes) {}

  /** The whole page. */
  static String render(Of of, WorkProfile profile, Map<String, String> themeLabels) {
    return Templates.render("web/works.jte", view(of, profile, themeLabels));
  }

  static View view(Of of, WorkProfile profile, Map<String, String> themeLabels) {
    String name = profile.name();
    // a venue is a typed filter of the search; an author is a field of the query syntax
    String search = of == Of.VENUE ? Http.query(Map.of("venue", name))
        : Http.query(Map.of("q", "author:\"" + name.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\""));
    return new View(of, profile, search, profile.themes().themes().stream()
        .map(t -> themeLabels.getOrDefault(t, t)).toList());
  }

  /** The link to an author's page. */
  static String authorHref(String name) {
    return "/authors/" + Html.urlSegment(name);
  }

  /** The link to a venue's page. */
  static String venueHref(String name) {
    return "/venues/" + Html.urlSegment(name);
  }
}
