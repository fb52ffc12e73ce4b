package org.brimine.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.model.Entity;
import org.brimine.model.EntityType;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Reference;
import org.brimine.report.Html;
import org.brimine.report.ProfileChart;
import org.brimine.report.Templates;
import org.brimine.search.Hit;
import org.brimine.search.RecordDetails;

/**
 * A record's page ({@code web/paper.jte}): metadata, theme profile, entities, keyphrases,
 * references linked to their records, cited-by and related papers.
 */
final class PaperPage {

  private PaperPage() {}

  /** The whole page of a record. */
  static String render(RecordDetails d, List<Hit> related, Map<String, String> themeLabels) {
    return Templates.render("web/paper.jte", view(d, related, themeLabels));
  }

  /**
   * What the template shows.
   *
   * @param sourceUrl the paper's web address when it is http(s), else null
   * @param profileSvg the theme profile chart, SVG that the chart library wrote, or null
   */
  record View(String title, RecordDetails details, List<Hit> related, String sourceUrl,
      String profileSvg, List<EntityGroup> entities) {}

  /** The entities of one type, under the type's heading. */
  record EntityGroup(String name, List<Entity> entities) {}

  static View view(RecordDetails d, List<Hit> related, Map<String, String> labels) {
    if (d.paper() == null) {
      Reference r = d.reference();
      return new View(r.title() != null ? r.title() : r.raw(), d, related, null, null,
          List.of());
    }
    PaperMetadata m = d.paper().paper().paper().metadata();
    Map<String, List<Entity>> byType = new LinkedHashMap<>();
    for (Entity e : d.paper().entities()) {
      byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
    }
    List<EntityGroup> groups = new ArrayList<>();
    byType.forEach((type, entities) ->
        groups.add(new EntityGroup(EntityType.label(type), entities)));
    String url = m.url() != null && m.url().matches("https?://.*") ? m.url() : null;
    return new View(d.paper().paper().title(), d, related, url,
        ProfileChart.svg(d.paper().themes(), labels), groups);
  }

  /** The link to a record's page. */
  static String href(String id) {
    return "/papers/" + Html.urlSegment(id);
  }

  /** The query string of a search for papers with this keyword. */
  static String keywordQuery(String keyword) {
    return Http.query(Map.of("q", "keyword:" + quoted(keyword)));
  }

  /** The query string of a search for this phrase. */
  static String phraseQuery(String phrase) {
    return Http.query(Map.of("q", quoted(phrase)));
  }

  /** The query string of a search filtered by this entity. */
  static String entityQuery(String canonical) {
    return Http.query(Map.of("entity", canonical));
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The fields of a reference record that it has, in order, with its id last. */
  static List<Map.Entry<String, String>> rows(String id, Reference r) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("authors", String.join("; ", r.authors()));
    rows.put("type", r.type());
    rows.put("venue", r.venue());
    rows.put("place", r.place());
    rows.put("year", r.year() == null ? null : r.year().toString());
    rows.put("volume", r.volume());
    rows.put("issue", r.issue());
    rows.put("pages", r.pages());
    rows.put("url", r.url());
    rows.put("doi", r.doi());
    rows.put("as cited", r.raw());
    rows.put("id", id);
    return rows.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isEmpty())
        .toList();
  }
}
