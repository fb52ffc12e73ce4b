package org.brimine.web;

import static org.brimine.report.Html.escape;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.model.EntityType;
import org.brimine.report.Html;
import org.brimine.report.TextLanguage;
import org.brimine.search.FacetCount;
import org.brimine.search.Hit;
import org.brimine.search.SearchResults;

/** The search page: results with highlighted passages, facets that filter, paging. */
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

  static String render(SearchParams p, SearchResults r, Map<String, String> themeLabels) {
    StringBuilder h = new StringBuilder();
    h.append(Layout.syntaxHelp()).append("<div class=layout><aside>");
    facets(h, p, r, themeLabels);
    h.append("</aside><section>");
    applied(h, p);
    long from = r.total() == 0 ? 0 : (long) (p.page() - 1) * p.size() + 1;
    h.append("<p class=meta id=summary>").append(r.total() == 0 ? "No records match."
        : r.hits().isEmpty() ? "No records on this page; " + r.total() + " in all."
        : "Records " + from + "–" + (from + r.hits().size() - 1) + " of " + r.total() + ".")
        .append("</p>");
    for (Hit hit : r.hits()) {
      hit(h, hit, themeLabels);
    }
    pager(h, p, r.total());
    return h.append("</section></div>").toString();
  }

  private static void hit(StringBuilder h, Hit hit, Map<String, String> themeLabels) {
    h.append("<article class=hit><h2><a href=\"/papers/").append(Html.urlSegment(hit.id()))
        .append("\"").append(TextLanguage.attribute(hit.title())).append(">")
        .append(escape(hit.title())).append("</a></h2><div class=meta>")
        .append(escape(hit.kind()));
    if (!hit.authors().isEmpty()) {
      h.append(" · ").append(TextLanguage.marked(String.join(", ", hit.authors())));
    }
    if (hit.year() != null) {
      h.append(" · ").append(hit.year());
    }
    if (hit.venue() != null) {
      h.append(" · ").append(TextLanguage.marked(hit.venue()));
    }
    h.append("</div>");
    if (!hit.themes().isEmpty()) {
      h.append("<div>");
      for (Hit.HitTheme t : hit.themes()) {
        h.append("<a class=chip href=\"/?theme=").append(Http.encode(t.theme())).append("\">")
            .append(escape(themeLabels.getOrDefault(t.theme(), t.theme()))).append(' ')
            .append(Math.round(100 * t.weight())).append("%</a>");
      }
      h.append("</div>");
    }
    // Passages come from the highlighter already HTML-escaped, with <mark> around matches.
    hit.highlights().forEach(passage -> h.append("<p class=passage")
        .append(TextLanguage.attributeOfHtml(passage)).append(">").append(passage)
        .append("</p>"));
    h.append("</article>");
  }

  private static void facets(StringBuilder h, SearchParams p, SearchResults r,
      Map<String, String> themeLabels) {
    if (r.facetsEstimated()) {
      h.append("<p class=note>Counts estimated from a random sample of the ")
          .append(String.format(java.util.Locale.ROOT, "%,d", r.total())).append(" matches.</p>");
    }
    for (String[] facet : FACETS) {
      List<FacetCount> counts = r.facets().get(facet[0]);
      if (counts == null || counts.isEmpty()) {
        continue;
      }
      h.append("<h3>").append(facet[1]).append("</h3><ul data-facet=\"").append(facet[0])
          .append("\">");
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
        h.append("<li><a href=\"/?").append(escape(Http.query(link))).append("\"")
            .append(TextLanguage.attribute(shown)).append(">").append(escape(shown))
            .append("</a><span class=count>")
            .append(c.shown(r.facetsEstimated())).append("</span></li>");
      }
      h.append("</ul>");
    }
  }

  private static void applied(StringBuilder h, SearchParams p) {
    Map<String, String> all = p.asMap();
    all.remove("q");
    all.remove("size");
    if (all.isEmpty()) {
      return;
    }
    h.append("<div class=applied>Filters: ");
    for (String key : all.keySet()) {
      Map<String, String> without = new LinkedHashMap<>(p.asMap());
      without.remove(key);
      h.append("<a class=\"chip remove\" title=\"remove this filter\" href=\"/?")
          .append(escape(Http.query(without))).append("\">").append(escape(key)).append(": ")
          .append(escape(all.get(key))).append("</a>");
    }
    h.append("</div>");
  }

  private static void pager(StringBuilder h, SearchParams p, long total) {
    h.append("<nav class=pager>");
    Map<String, String> link = new LinkedHashMap<>(p.asMap());
    if (p.page() > 1) {
      link.put("page", Integer.toString(p.page() - 1));
      h.append("<a rel=prev href=\"/?").append(escape(Http.query(link))).append("\">← previous"
          + "</a>");
    }
    if ((long) p.page() * p.size() < total && p.page() < SearchParams.MAX_PAGE) {
      link.put("page", Integer.toString(p.page() + 1));
      h.append("<a rel=next href=\"/?").append(escape(Http.query(link))).append("\">next →</a>");
    }
    h.append("</nav>");
  }
}
