package org.brimine.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brimine.export.ExportFormat;
import org.brimine.model.EntityType;
import org.brimine.report.Html;
import org.brimine.report.Templates;
import org.brimine.search.FacetCount;
import org.brimine.search.Hit;
import org.brimine.search.QuerySyntax;
import org.brimine.search.SearchResults;
import org.brimine.search.SortOrder;

/**
 * The search page ({@code web/search.jte}): results with highlighted passages, facets that
 * filter, paging. This class works out the links and texts; the template writes them.
 */
final class SearchPage {
  /**
   * Facet dimensions shown, with their headings and the filter a click sets; an entity type's
   * heading is its {@link EntityType#label()}.
   */
  private static final String[][] FACETS = {
      {"theme", "Themes", "theme"}, {"kind", "Kind", "kind"},
      {"lang", "Languages", "lang"}, {"year", "Years", "year"},
      entity("FIN_INSTITUTION"), entity("REGIONAL_ORG"), entity("COUNTRY"),
      entity("INITIATIVE"), entity("AGREEMENT"), entity("CURRENCY"), entity("PROJECT"),
      entity("PERSON"), entity("PUBLICATION"),
      {"venue", "Venues", "venue"}};

  private static String[] entity(String type) {
    EntityType t = EntityType.named(type);
    return new String[] {t.field(), t.label(), "entity"};
  }

  private SearchPage() {}

  /** The whole page of these results. */
  static String render(SearchParams p, SearchResults r, Map<String, String> themeLabels,
      Map<String, Cite> cites) {
    return render(p, r, themeLabels, cites, null);
  }

  /**
   * The whole page of these results, where the facet {@code expanded} (a dimension, or null)
   * shows all its values.
   */
  static String render(SearchParams p, SearchResults r, Map<String, String> themeLabels,
      Map<String, Cite> cites, String expanded) {
    return Templates.render("web/search.jte", view(p, r, themeLabels, cites, expanded));
  }

  /** The parameter that asks for every value of one facet (its dimension). */
  static final String MORE = "more";

  /** A record's citation strings. */
  record Cite(String gbt7714, String apa) {}

  /**
   * The search's controls: orders, exports, the year range and the advanced form.
   *
   * @param themes the theme labels by id, for the advanced form
   * @param fullSyntax in words mode, the query string of the same search in the full syntax;
   *     else null
   */
  record Controls(List<Link> sorts, List<Link> exports, Map<String, String> yearHidden,
      String yearFrom, String yearTo, Map<String, String> themes, String fullSyntax) {}

  /**
   * What the template shows.
   *
   * @param hidden the filters the search box keeps when a new query is typed
   * @param estimatedTotal the number of matches when the facet counts are estimated, else null
   * @param previous the query string of the previous page, or null
   * @param next the query string of the next page, or null
   */
  record View(String title, String query, Map<String, String> hidden, String estimatedTotal,
      List<Facet> facets, List<Link> applied, String summary, List<Result> results,
      String previous, String next, Controls controls) {}

  /**
   * A facet: its dimension, heading and values, each a link that filters by it.
   *
   * @param more the query string that shows all its values, or null when they are all shown
   * @param fewer the query string that shows its top values again, or null when it shows them
   * @param filterable whether it is long enough for a box that filters its values
   */
  record Facet(String dimension, String heading, List<Link> links, String more, String fewer,
      boolean filterable) {}

  /** A link to a search: its query string (URL-encoded), text and a count or share. */
  record Link(String query, String text, String count) {}

  /**
   * A hit with the links to its themes, its passages and its citation strings (or null).
   *
   * @param query the words searched, which its page marks; empty for none
   */
  record Result(Hit hit, List<Link> themes, List<Passage> passages, Cite cite, String query) {
    String href() {
      return "/papers/" + Html.urlSegment(hit.id())
          + (query.isEmpty() ? "" : "?" + Http.query(Map.of("q", query)));
    }
  }

  static View view(SearchParams p, SearchResults r, Map<String, String> themeLabels,
      Map<String, Cite> cites, String expanded) {
    Map<String, String> hidden = p.asMap();
    hidden.remove("q");
    // a query typed anew is read in the full syntax
    hidden.remove("syntax");
    long from = r.total() == 0 ? 0 : (long) (p.page() - 1) * p.size() + 1;
    String summary = r.total() == 0 ? "No records match."
        : r.hits().isEmpty() ? "No records on this page; " + r.total() + " in all."
        : "Records " + from + "–" + (from + r.hits().size() - 1) + " of " + r.total() + ".";
    List<Result> results = new ArrayList<>();
    for (Hit hit : r.hits()) {
      // a theme chip narrows this search to the theme: the query and filters stay
      List<Link> themes = hit.themes().stream().map(t -> new Link(
          Http.query(with(p, "theme", t.theme())), themeLabels.getOrDefault(t.theme(), t.theme()),
          Math.round(100 * t.weight()) + "%")).toList();
      results.add(new Result(hit, themes, hit.highlights().stream().map(Passage::of).toList(),
          cites.get(hit.id()), p.q()));
    }
    Map<String, String> link = new LinkedHashMap<>(p.asMap());
    String previous = null;
    String next = null;
    if (p.page() > 1) {
      link.put("page", Integer.toString(p.page() - 1));
      previous = Http.query(link);
    }
    if ((long) p.page() * p.size() < r.total() && p.page() < SearchParams.MAX_PAGE) {
      link.put("page", Integer.toString(p.page() + 1));
      next = Http.query(link);
    }
    return new View(p.q().isEmpty() ? "Search" : p.q(), p.q(), hidden,
        r.facetsEstimated() ? String.format(Locale.ROOT, "%,d", r.total()) : null,
        facets(p, r, themeLabels, expanded), applied(p), summary, results, previous, next,
        controls(p, themeLabels));
  }

  /**
   * Links to the same search in each order (the current one's count says "current"), to its
   * export in each format, and what the year-range form keeps.
   */
  private static Controls controls(SearchParams p, Map<String, String> themeLabels) {
    List<Link> sorts = new ArrayList<>();
    for (SortOrder order : SortOrder.values()) {
      Map<String, String> link = new LinkedHashMap<>(p.asMap());
      link.remove("sort");
      if (order != SortOrder.RELEVANCE) {
        link.put("sort", order.label());
      }
      sorts.add(new Link(Http.query(link), order == SortOrder.CITED ? "most cited"
          : order.label(), order == p.sort() ? "current" : ""));
    }
    List<Link> exports = new ArrayList<>();
    for (ExportFormat format : ExportFormat.values()) {
      Map<String, String> link = new LinkedHashMap<>(p.asMap());
      link.remove("size");
      link.put("format", format.label());
      exports.add(new Link(Http.query(link), format == ExportFormat.CSLJSON ? "CSL-JSON"
          : format == ExportFormat.BIBTEX ? "BibTeX" : format.label().toUpperCase(Locale.ROOT),
          ""));
    }
    Map<String, String> yearHidden = new LinkedHashMap<>(p.asMap());
    yearHidden.remove("yearFrom");
    yearHidden.remove("yearTo");
    Map<String, String> full = new LinkedHashMap<>(p.asMap());
    full.remove("syntax");
    return new Controls(sorts, exports, yearHidden,
        p.yearFrom() == null ? "" : p.yearFrom().toString(),
        p.yearTo() == null ? "" : p.yearTo().toString(), themeLabels,
        p.syntax() == QuerySyntax.FULL ? null : Http.query(full));
  }

  /** The search's parameters with one more set. */
  private static Map<String, String> with(SearchParams p, String key, String value) {
    Map<String, String> link = new LinkedHashMap<>(p.asMap());
    link.put(key, value);
    return link;
  }

  private static List<Facet> facets(SearchParams p, SearchResults r,
      Map<String, String> themeLabels, String expanded) {
    List<Facet> facets = new ArrayList<>();
    for (String[] facet : FACETS) {
      List<FacetCount> counts = r.facets().get(facet[0]);
      if (counts == null || counts.isEmpty()) {
        continue;
      }
      List<Link> links = new ArrayList<>();
      for (FacetCount c : counts) {
        Map<String, String> link = new LinkedHashMap<>(p.asMap());
        if (facet[2].equals("year")) {
          link.put("yearFrom", c.value());
          link.put("yearTo", c.value());
        } else {
          link.put(facet[2], c.value());
        }
        String shown = facet[0].equals("theme") ? themeLabels.getOrDefault(c.value(),
            c.value()) : c.value();
        links.add(new Link(Http.query(link), shown, c.shown(r.facetsEstimated())));
      }
      boolean all = facet[0].equals(expanded);
      // a facet with fewer values than a search counts has shown them all
      String more = !all && counts.size() >= org.brimine.search.FacetValues.PER_SEARCH
          ? Http.query(with(p, MORE, facet[0])) : null;
      facets.add(new Facet(facet[0], facet[1], links, more, all ? Http.query(p.asMap()) : null,
          links.size() >= org.brimine.search.FacetValues.PER_SEARCH));
    }
    return facets;
  }

  /** The filters applied, each a link to the same search without it. */
  private static List<Link> applied(SearchParams p) {
    Map<String, String> all = p.asMap();
    all.remove("q");
    all.remove("size");
    List<Link> links = new ArrayList<>();
    for (String key : all.keySet()) {
      Map<String, String> without = new LinkedHashMap<>(p.asMap());
      without.remove(key);
      links.add(new Link(Http.query(without), key + ": " + all.get(key), ""));
    }
    return links;
  }
}
