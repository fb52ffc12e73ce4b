package org.brimine.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.maps.MapKind;
import org.brimine.maps.ScienceMap;
import org.brimine.model.EntityType;
import org.brimine.report.Html;
import org.brimine.search.SearchFilters;

/**
 * Where a click on a node of the map view leads: the same search narrowed to the papers with the
 * node. Themes and entities (countries too) narrow by their filters; authors, keywords and cited
 * references by a clause added to the query, as the paper page's keyword links do, since the
 * search has no filter of theirs; a paper of a coupling map opens the paper's page.
 */
final class MapLinks {
  /** An entity node's id: its canonical name, then its type in brackets ({@link MapKind}). */
  private static final Pattern ENTITY = Pattern.compile("(.+) \\(([A-Z][A-Z_]*)\\)");

  private MapLinks() {}

  /** The link of a node of a map of this kind drawn from the search {@code p}. */
  static String href(MapKind kind, ScienceMap.Node node, SearchParams p) {
    String id = node.id();
    Map<String, String> link = new LinkedHashMap<>(p.asMap());
    switch (kind) {
      case COUPLING -> {
        return "/papers/" + Html.urlSegment(id);
      }
      case COCITATION -> narrow(link, p.q(), "cites:" + quoted(id));
      case COAUTHOR -> narrow(link, p.q(), "author:" + quoted(id));
      case KEYWORDS -> narrow(link, p.q(), "(keyword:" + quoted(id) + " OR keyphrases:"
          + quoted(id) + ")");
      case THEMES -> {
        // a search of another theme keeps it: the theme is added to the query instead
        if (link.containsKey("theme") && !link.get("theme").equals(id)) {
          narrow(link, p.q(), SearchFilters.NONE.withTheme(id).clauses().get(0));
        } else {
          link.put("theme", id);
        }
      }
      case COUNTRIES -> entity(link, p.q(), id, "COUNTRY");
      case ENTITIES -> {
        Matcher m = ENTITY.matcher(id);
        if (m.matches() && EntityType.of(m.group(2)).isPresent()) {
          entity(link, p.q(), m.group(1), m.group(2));
        } else {
          entity(link, p.q(), id, null);
        }
      }
      default -> throw new IllegalStateException("no link for a node of kind " + kind);
    }
    return "/?" + Http.query(link);
  }

  private static void entity(Map<String, String> link, String q, String name, String type) {
    Optional<EntityType> known = type == null ? Optional.empty() : EntityType.of(type);
    if (link.containsKey("entity") && !(link.get("entity").equals(name)
        && Objects.equals(link.get("entityType"), known.map(EntityType::type).orElse(null)))) {
      // a search of another entity keeps it (the search has one entity filter): the entity is
      // added to the query instead
      narrow(link, q, SearchFilters.NONE.withEntity(known.orElse(null), name).clauses().get(0));
      return;
    }
    link.put("entity", name);
    if (known.isPresent()) {
      link.put("entityType", known.get().type());
    } else {
      link.remove("entityType");
    }
  }

  /** The query {@code q} and the clause, both to hold. */
  private static void narrow(Map<String, String> link, String q, String clause) {
    link.put("q", q.isEmpty() ? clause : "(" + q + ") AND " + clause);
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
