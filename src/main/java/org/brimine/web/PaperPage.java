package org.brimine.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.brimine.model.Entity;
import org.brimine.model.EntityType;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.brimine.model.Section;
import org.brimine.report.Html;
import org.brimine.report.ProfileChart;
import org.brimine.report.Templates;
import org.brimine.search.Hit;
import org.brimine.search.RecordDetails;
import org.brimine.search.TermMarks;

/**
 * A record's page ({@code web/paper.jte}): metadata, theme profile, entities, keyphrases,
 * references linked to their records, cited-by and related papers.
 */
final class PaperPage {

  private PaperPage() {}

  /** The whole page of a record, its text unmarked. */
  static String render(RecordDetails d, List<Hit> related, Map<String, String> themeLabels) {
    return render(d, related, themeLabels, reading(d, "", TermMarks.NONE, null, null));
  }

  /** The whole page of a record, read as {@code reading} says. */
  static String render(RecordDetails d, List<Hit> related, Map<String, String> themeLabels,
      Reading reading) {
    return Templates.render("web/paper.jte", view(d, related, themeLabels, reading));
  }

  /**
   * The reading view of a record: its text by section, the query's words marked.
   *
   * @param query the words searched, which are marked; empty for none
   * @param search the query string of the search that found it, or null
   * @param source the link to the stored source file, or null when the corpus has none
   * @param sourceType what the source file is ("txt", "PDF"), or null
   * @param abstracts the abstracts, marked
   * @param sections the sections, marked
   * @param paperOf for a reference, the paper it became, or null
   */
  record Reading(String query, String search, String source, String sourceType,
      List<Passage> abstracts, List<ReadingSection> sections, Hit paperOf) {}

  /**
   * A section of the full text.
   *
   * @param anchor its fragment id on the page
   * @param heading its heading, marked ("(text)" when it has none)
   * @param paragraphs its paragraphs, marked
   */
  record ReadingSection(String anchor, Passage heading, List<Passage> paragraphs) {}

  /**
   * The reading view of a record.
   *
   * @param sourcePath the record's source file, corpus-relative, when the corpus serves it
   * @param paperOf for a reference, the paper it became, or null
   */
  static Reading reading(RecordDetails d, String query, TermMarks marks, String sourcePath,
      Hit paperOf) {
    String search = query.isEmpty() ? null : Http.query(Map.of("q", query));
    String source = sourcePath == null ? null : "/corpus/" + java.util.Arrays.stream(
        sourcePath.split("/")).map(Html::urlSegment).collect(Collectors.joining("/"));
    String type = sourcePath == null ? null
        : sourcePath.toLowerCase(Locale.ROOT).endsWith(".pdf") ? "PDF" : "txt";
    if (d.paper() == null) {
      return new Reading(query, search, source, type, List.of(), List.of(), paperOf);
    }
    ParsedPaper p = d.paper().paper();
    List<Passage> abstracts = p.abstracts().stream().map(a -> Passage.of(a, marks.in(a)))
        .toList();
    List<ReadingSection> sections = new ArrayList<>();
    for (Section s : p.sections()) {
      String heading = s.heading().isEmpty() ? "(text)"
          : s.number() == null || s.number().isEmpty() ? s.heading()
          : s.number() + " " + s.heading();
      sections.add(new ReadingSection("s" + (sections.size() + 1),
          Passage.of(heading, s.heading().isEmpty() ? List.of() : marks.in(heading)),
          s.paragraphs().stream().map(para -> Passage.of(para.text(), marks.in(para.text())))
              .toList()));
    }
    return new Reading(query, search, source, type, abstracts, sections, null);
  }

  /**
   * What the template shows.
   *
   * @param sourceUrl the paper's web address when it is http(s), else null
   * @param profileSvg the theme profile chart, SVG that the chart library wrote, or null
   */
  record View(String title, RecordDetails details, List<Hit> related, String sourceUrl,
      String profileSvg, List<EntityGroup> entities, Reading reading) {}

  /** The entities of one type, under the type's heading. */
  record EntityGroup(String name, List<Entity> entities) {}

  static View view(RecordDetails d, List<Hit> related, Map<String, String> labels,
      Reading reading) {
    if (d.paper() == null) {
      Reference r = d.reference();
      return new View(r.title() != null ? r.title() : r.raw(), d, related, null, null,
          List.of(), reading);
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
        ProfileChart.svg(d.paper().themes(), labels), groups, reading);
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

  /**
   * The fields of a reference record that it has, in order, with its id last; the authors and
   * the venue are shown apart, as links.
   */
  static List<Map.Entry<String, String>> rows(String id, Reference r) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("type", r.type());
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
