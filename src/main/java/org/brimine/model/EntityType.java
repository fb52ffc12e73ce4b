package org.brimine.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity type with everything the stages need to know of it: the one definition, read from
 * {@code entity-types.tsv} beside this class (format in the file), of what annotation tags,
 * the index stores and the pages and summaries show.
 *
 * @param type the type a mention carries ("FIN_INSTITUTION")
 * @param coarse the statistical type it counts as (PERSON, ORGANIZATION, LOCATION) or itself
 * @param field the index field of its names, also a facet dimension ("institution")
 * @param broader the field of the broader type it is indexed in as well ("org"), or null
 * @param label the heading of its facet and list ("Institutions")
 */
public record EntityType(String type, String coarse, String field, String broader,
    String label) {
  private static final String RESOURCE = "entity-types.tsv";

  public EntityType {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(coarse, "coarse");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(label, "label");
    broader = broader == null || broader.equals("-") ? null : broader;
  }

  /** Every entity type, in the order of their facets. */
  public static List<EntityType> all() {
    return Defined.ALL;
  }

  /** The type named so (as a mention carries it), or empty when no type is. */
  public static Optional<EntityType> of(String type) {
    return Optional.ofNullable(Defined.BY_TYPE.get(type));
  }

  /**
   * The type named so, in any case ("country" or "COUNTRY").
   *
   * @throws IllegalArgumentException when no type is, quoting the name and saying which are
   */
  public static EntityType named(String type) {
    EntityType found = Defined.BY_TYPE.get(type.strip().toUpperCase(Locale.ROOT));
    if (found == null) {
      throw new IllegalArgumentException("unknown entity type '" + type + "'; the types are "
          + String.join(", ", Defined.BY_TYPE.keySet()));
    }
    return found;
  }

  /** The type whose names are in this index field, or empty when none is. */
  public static Optional<EntityType> ofField(String field) {
    return Defined.ALL.stream().filter(t -> t.field.equals(field)).findFirst();
  }

  /** The coarse type of a type; a type not defined here is its own (CoreNLP's DATE ...). */
  public static String coarse(String type) {
    return of(type).map(EntityType::coarse).orElse(type);
  }

  /** The label of a type; a type not defined here is its own label. */
  public static String label(String type) {
    return of(type).map(EntityType::label).orElse(type);
  }

  /** Reads definitions in the format of {@code entity-types.tsv}. */
  static List<EntityType> parse(BufferedReader reader) throws IOException {
    List<EntityType> types = new ArrayList<>();
    boolean header = true;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 5 || List.of(cols).stream().anyMatch(String::isBlank)) {
        throw new IllegalArgumentException("an entity type line needs 5 tab-separated columns "
            + "(type, coarse, field, broader, label), got '" + line + "'");
      }
      types.add(new EntityType(cols[0].strip(), cols[1].strip(), cols[2].strip(),
          cols[3].strip(), cols[4].strip()));
    }
    return List.copyOf(types);
  }

  /** The definitions, read once when first needed. */
  private static final class Defined {
    static final List<EntityType> ALL = load();
    static final Map<String, EntityType> BY_TYPE = byType(ALL);

    private static List<EntityType> load() {
      try (BufferedReader reader = DataFiles.open(EntityType.class, RESOURCE)) {
        return parse(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static Map<String, EntityType> byType(List<EntityType> all) {
      Map<String, EntityType> map = new LinkedHashMap<>();
      for (EntityType t : all) {
        if (map.put(t.type(), t) != null) {
          throw new IllegalStateException("entity type '" + t.type() + "' is defined twice in "
              + RESOURCE);
        }
      }
      return java.util.Collections.unmodifiableMap(map);
    }
  }
}
