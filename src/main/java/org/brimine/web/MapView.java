package org.brimine.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.maps.BurstField;
import org.brimine.maps.MapKind;

/**
 * What the map view of the search page ({@code web/mapview.jte}) offers: the kinds of map, the
 * fields of bursts, and the search they are drawn from. The browser draws them
 * ({@code static/map.js}) from {@code /api/map} and {@code /api/bursts}.
 */
final class MapView {
  /** The nodes drawn unless the reader asks for more or fewer. */
  static final int DEFAULT_TOP = 50;

  private MapView() {}

  /** An option of a select: the value sent, the text shown. */
  record Choice(String value, String text) {}

  /** The kinds of map, each with what its nodes are. */
  static List<Choice> kinds() {
    return Arrays.stream(MapKind.values()).map(k -> new Choice(k.label(), switch (k) {
      case COCITATION -> "co-citation of references";
      case COUPLING -> "bibliographic coupling of papers";
      case COAUTHOR -> "co-authorship";
      case COUNTRIES -> "countries named together";
      case KEYWORDS -> "keywords together";
      case ENTITIES -> "entities together";
      case THEMES -> "themes together";
    })).toList();
  }

  /** The fields whose bursts can be found. */
  static List<Choice> fields() {
    return Arrays.stream(BurstField.values()).map(f -> new Choice(f.label(), switch (f) {
      case KEYWORD -> "keywords";
      case ENTITY -> "entities";
      case THEME -> "themes";
      case REFERENCE -> "cited references";
    })).toList();
  }

  /**
   * The search of the page as a query string, for the map's requests: the query and the
   * filters, without the record kind (a map's {@code kind} is its own) or the page.
   *
   * @param hidden the page's filters besides the query
   */
  static String search(String query, Map<String, String> hidden) {
    Map<String, String> p = new LinkedHashMap<>();
    if (!query.isEmpty()) {
      p.put("q", query);
    }
    p.putAll(hidden);
    p.remove("kind");
    p.remove("page");
    return Http.query(p);
  }
}
