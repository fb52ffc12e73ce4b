package org.brimine.web;

import static org.brimine.report.Html.escape;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.model.CitedReference;
import org.brimine.model.Entity;
import org.brimine.model.EntityType;
import org.brimine.model.Keyphrase;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.brimine.report.Html;
import org.brimine.report.ProfileChart;
import org.brimine.report.TextLanguage;
import org.brimine.search.Hit;
import org.brimine.search.RecordDetails;

/**
 * A record's page: metadata, theme profile, entities, keyphrases, references linked to their
 * records, cited-by and related papers.
 */
final class PaperPage {

  private PaperPage() {}

  static String render(RecordDetails d, List<Hit> related, Map<String, String> themeLabels) {
    StringBuilder h = new StringBuilder("<article>");
    if (d.paper() != null) {
      paper(h, d, themeLabels);
    } else {
      reference(h, d.id(), d.reference());
    }
    hits(h, "Cited by", d.citedBy());
    if (d.paper() != null) {
      hits(h, "Related papers", related);
    }
    return h.append("</article>").toString();
  }

  private static void paper(StringBuilder h, RecordDetails d, Map<String, String> labels) {
    ParsedPaper p = d.paper().paper();
    PaperMetadata m = p.paper().metadata();
    h.append("<h1 id=title").append(lang(p.title())).append(">").append(escape(p.title()))
        .append("</h1>");
    // the title in the paper's other language, when it has two
    p.titles().stream().skip(1).forEach(t -> h.append("<p class=title-other").append(lang(t))
        .append(">").append(escape(t)).append("</p>"));
    h.append("<p class=meta>paper");
    if (p.language() != null) {
      h.append(" · ").append(escape(p.language()));
    }
    if (p.titleInferred()) {
      h.append(" · title inferred from the text");
    }
    if (!p.knownAuthors().isEmpty()) {
      h.append(" · ").append(TextLanguage.marked(String.join(", ", p.knownAuthors())));
    }
    if (m.year() != null) {
      h.append(" · ").append(m.year());
    }
    if (m.venue() != null) {
      h.append(" · ").append(TextLanguage.marked(m.venue()));
    }
    h.append("</p>");
    if (m.url() != null && m.url().matches("https?://.*")) {
      h.append("<p><a rel=\"noopener noreferrer\" href=\"").append(escape(m.url()))
          .append("\">source</a></p>");
    }
    if (!p.frontMatter().isEmpty()) {
      h.append("<p class=front>");
      p.frontMatter().forEach(f -> h.append(TextLanguage.marked(f.text())).append("<br>"));
      h.append("</p>");
    }
    if (!p.abstracts().isEmpty()) {
      h.append("<h2>Abstract</h2>");
      p.abstracts().forEach(a -> h.append("<p").append(lang(a)).append(">").append(escape(a))
          .append("</p>"));
    }
    if (!p.keywords().isEmpty()) {
      h.append("<p>Keywords: ");
      for (String k : p.keywords()) {
        String query = "keyword:\"" + k.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        h.append("<a class=chip href=\"/?q=").append(Http.encode(query)).append("\"")
            .append(lang(k)).append(">").append(escape(k)).append("</a>");
      }
      h.append("</p>");
    }
    h.append("<h2>Themes</h2><div class=chart id=profile>")
        .append(ProfileChart.svg(d.paper().themes(), labels)).append("</div>");
    h.append("<h2>Keyphrases</h2><p>");
    for (Keyphrase k : d.paper().keyphrases()) {
      String phrase = "\"" + k.phrase().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      h.append("<a class=chip href=\"/?q=").append(Http.encode(phrase))
          .append("\"").append(lang(k.phrase())).append(">").append(escape(k.phrase()))
          .append("</a>");
    }
    h.append("</p><h2>Entities</h2>");
    Map<String, StringBuilder> byType = new LinkedHashMap<>();
    for (Entity e : d.paper().entities()) {
      byType.computeIfAbsent(e.type(), t -> new StringBuilder()).append("<a class=chip href=\"/?"
          + "entity=").append(Http.encode(e.canonical())).append("\"").append(lang(e.canonical()))
          .append(">").append(escape(e.canonical()))
          .append(" (").append(e.mentions()).append(")</a>");
    }
    h.append("<table>");
    byType.forEach((type, chips) -> h.append("<tr><th>")
        .append(escape(EntityType.label(type))).append("</th><td>")
        .append(chips).append("</td></tr>"));
    h.append("</table><h2>Sections</h2><ol>");
    p.sections().forEach(s -> h.append("<li").append(lang(s.heading())).append(">")
        .append(escape(s.heading().isEmpty() ? "(text)" : s.heading())).append("</li>"));
    h.append("</ol><h2>References</h2><ol class=refs id=references>");
    for (CitedReference c : p.references()) {
      h.append("<li><a href=\"/papers/").append(Html.urlSegment(c.id())).append("\"")
          .append(lang(c.reference().raw())).append(">").append(escape(c.reference().raw()))
          .append("</a></li>");
    }
    h.append("</ol>");
  }

  private static void reference(StringBuilder h, String id, Reference r) {
    String title = r.title() != null ? r.title() : r.raw();
    h.append("<h1 id=title").append(lang(title)).append(">").append(escape(title))
        .append("</h1><p class=meta>reference · known from the reference lists of the papers "
            + "below</p><table>");
    row(h, "authors", String.join("; ", r.authors()));
    row(h, "type", r.type());
    row(h, "venue", r.venue());
    row(h, "place", r.place());
    row(h, "year", r.year() == null ? null : r.year().toString());
    row(h, "volume", r.volume());
    row(h, "issue", r.issue());
    row(h, "pages", r.pages());
    row(h, "url", r.url());
    row(h, "doi", r.doi());
    row(h, "as cited", r.raw());
    row(h, "id", id);
    h.append("</table>");
  }

  /** The {@code lang} attribute of an element showing this text of a record, or nothing. */
  private static String lang(String text) {
    return TextLanguage.attribute(text);
  }

  private static void row(StringBuilder h, String name, String value) {
    if (value != null && !value.isEmpty()) {
      h.append("<tr><th>").append(name).append("</th><td").append(lang(value)).append(">")
          .append(escape(value)).append("</td></tr>");
    }
  }

  private static void hits(StringBuilder h, String heading, List<Hit> hits) {
    h.append("<h2>").append(heading).append("</h2>");
    if (hits.isEmpty()) {
      h.append("<p class=meta>None.</p>");
      return;
    }
    h.append("<ul id=\"").append(heading.toLowerCase().replace(' ', '-')).append("\">");
    for (Hit hit : hits) {
      h.append("<li><a href=\"/papers/").append(Html.urlSegment(hit.id())).append("\"")
          .append(lang(hit.title())).append(">").append(escape(hit.title())).append("</a>")
          .append(hit.year() == null ? "" : " (" + hit.year() + ")").append("</li>");
    }
    h.append("</ul>");
  }
}
