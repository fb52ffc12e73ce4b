package org.brimine.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.brimine.maps.BurstField;
import org.brimine.maps.MapKind;

/**
 * The parameters of {@code /api/map} and {@code /api/bursts}: what to draw or find, and the
 * search whose papers it is drawn from, which takes the parameters of {@code /api/search}
 * ({@link SearchParams}) and {@code years=A-B} besides.
 *
 * <p>NOTE: on {@code /api/map}, {@code kind} is the map's kind (cocitation, coupling ...), not
 * the record kind of the search: maps are drawn from papers only.
 */
final class MapParams {
  /** The nodes a map has unless {@code top} says else. */
  static final int DEFAULT_TOP = 100;
  /** The most nodes a map may have: the size the speed target of issue 17 is set for. */
  static final int MAX_TOP = 1000;
  /** The bursts listed unless {@code limit} says else. */
  static final int DEFAULT_LIMIT = 20;

  private MapParams() {}

  /**
   * A map to draw.
   *
   * @param top the most nodes
   */
  record Drawing(MapKind kind, int top, SearchParams search) {}

  /**
   * Bursts to find.
   *
   * @param limit the most bursts listed, strongest first; 0 for all
   */
  record BurstTable(BurstField field, int limit, SearchParams search) {}

  /** The parameters of {@code /api/map}; a bad one is an IllegalArgumentException quoting it. */
  static Drawing drawing(Map<String, String> raw, Set<String> themes) {
    Map<String, String> rest = checked(raw);
    MapKind kind = MapKind.of(rest.getOrDefault("kind", "").strip());
    rest.remove("kind");
    int top = whole(rest, "top", DEFAULT_TOP);
    if (top < 1 || top > MAX_TOP) {
      throw new IllegalArgumentException("top must be 1 to " + MAX_TOP + ", got " + top);
    }
    return new Drawing(kind, top, SearchParams.of(rest, themes));
  }

  /** The parameters of {@code /api/bursts}; a bad one is an IllegalArgumentException quoting it. */
  static BurstTable bursts(Map<String, String> raw, Set<String> themes) {
    Map<String, String> rest = checked(raw);
    BurstField field = BurstField.of(rest.getOrDefault("field", "").strip());
    rest.remove("field");
    int limit = whole(rest, "limit", DEFAULT_LIMIT);
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be 0 (all) or more, got " + limit);
    }
    return new BurstTable(field, limit, SearchParams.of(rest, themes));
  }

  /**
   * A copy of the parameters with none too long, and {@code years=A-B} (or {@code A}) turned
   * into {@code yearFrom} and {@code yearTo}.
   */
  private static Map<String, String> checked(Map<String, String> raw) {
    raw.forEach((k, v) -> {
      if (v.length() > SearchParams.MAX_PARAM_LENGTH) {
        throw new SearchParams.TooLong("parameter '" + k + "' is " + v.length()
            + " characters long, over the limit of " + SearchParams.MAX_PARAM_LENGTH);
      }
    });
    Map<String, String> rest = new LinkedHashMap<>(raw);
    String years = rest.remove("years");
    if (years == null || years.isBlank()) {
      return rest;
    }
    years = years.strip();
    if (!years.matches("\\d{4}(-\\d{4})?")) {
      throw new IllegalArgumentException("years must be A-B or A, such as 2015-2020, got '"
          + years + "'");
    }
    if (!rest.getOrDefault("yearFrom", "").isBlank()
        || !rest.getOrDefault("yearTo", "").isBlank()) {
      throw new IllegalArgumentException("give years or yearFrom and yearTo, not both; got "
          + "years '" + years + "'");
    }
    String[] ab = years.split("-");
    if (Integer.parseInt(ab[0]) > Integer.parseInt(ab[ab.length - 1])) {
      throw new IllegalArgumentException("years must be A-B with A not after B, got '" + years
          + "'");
    }
    rest.put("yearFrom", ab[0]);
    rest.put("yearTo", ab[ab.length - 1]);
    return rest;
  }

  private static int whole(Map<String, String> p, String name, int fallback) {
    String v = p.remove(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
    }
  }
}
