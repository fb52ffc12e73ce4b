package org.brimine.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brimine.index.MissingMetadata;
import org.brimine.index.Schema;
import org.brimine.model.EntityType;
import org.brimine.model.RecordKind;

/**
 * What every record of a search must be, apart from the words: each filter set is a value
 * matched whole, whatever characters it holds (quotes, colons, spaces, Chinese), as {@link
 * RecordSearcher} builds the filters into queries itself, never through the query syntax. They
 * filter without changing the ranking. Start from {@link #NONE} and add with the {@code with}
 * methods.
 *
 * @param theme a theme id the records carry, or null
 * @param entityType the type of {@code entity}, or null for an entity of any type
 * @param entity an entity's canonical name or one of its aliases, or null
 * @param kind paper or reference records only, or null for both
 * @param venue the venue (journal, proceedings, publisher), whole and in any case, or null
 * @param language a language code such as "zh" or "en", or null
 * @param yearFrom the first year, or null
 * @param yearTo the last year, or null
 * @param missing metadata the records lack, every one of them; empty for no such filter
 */
public record SearchFilters(String theme, EntityType entityType, String entity, RecordKind kind,
    String venue, String language, Integer yearFrom, Integer yearTo,
    Set<MissingMetadata> missing) {
  /** No filter: every record. */
  public static final SearchFilters NONE =
      new SearchFilters(null, null, null, null, null, null, null, null, Set.of());

  public SearchFilters {
    theme = blankToNull(theme);
    theme = theme == null ? null : theme.toLowerCase(Locale.ROOT);
    entity = blankToNull(entity);
    venue = blankToNull(venue);
    language = blankToNull(language);
    missing = missing == null || missing.isEmpty() ? Set.of()
        : Set.copyOf(EnumSet.copyOf(missing));
    if (entityType != null && entity == null) {
      throw new IllegalArgumentException("an entity type (" + entityType.type()
          + ") filters only with an entity name");
    }
    if (language != null && !language.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("a language must be a code such as zh or en, got '"
          + language + "'");
    }
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new IllegalArgumentException("the first year must not come after the last, got "
          + yearFrom + " to " + yearTo);
    }
  }

  /** These filters and the records that carry this theme (an id). */
  public SearchFilters withTheme(String id) {
    return new SearchFilters(id, entityType, entity, kind, venue, language, yearFrom, yearTo,
        missing);
  }

  /**
   * These filters and the records with an entity of this name (canonical or alias).
   *
   * @param type the entity's type, or null for any
   */
  public SearchFilters withEntity(EntityType type, String name) {
    return new SearchFilters(theme, type, name, kind, venue, language, yearFrom, yearTo,
        missing);
  }

  /** These filters and the records of this kind. */
  public SearchFilters withKind(RecordKind recordKind) {
    return new SearchFilters(theme, entityType, entity, recordKind, venue, language, yearFrom,
        yearTo, missing);
  }

  /** These filters and the records of this venue. */
  public SearchFilters withVenue(String name) {
    return new SearchFilters(theme, entityType, entity, kind, name, language, yearFrom, yearTo,
        missing);
  }

  /** These filters and the records in this language (a code such as "zh"). */
  public SearchFilters withLanguage(String code) {
    return new SearchFilters(theme, entityType, entity, kind, venue, code, yearFrom, yearTo,
        missing);
  }

  /** These filters and the records of these years, both included; null leaves a side open. */
  public SearchFilters withYears(Integer from, Integer to) {
    return new SearchFilters(theme, entityType, entity, kind, venue, language, from, to,
        missing);
  }

  /** These filters and the records that lack this metadata. */
  public SearchFilters withMissing(MissingMetadata lacking) {
    return withMissing(Set.of(lacking));
  }

  /** These filters and the records that lack all this metadata. */
  public SearchFilters withMissing(Set<MissingMetadata> lacking) {
    Set<MissingMetadata> all = EnumSet.noneOf(MissingMetadata.class);
    all.addAll(lacking);
    all.addAll(missing);
    return new SearchFilters(theme, entityType, entity, kind, venue, language, yearFrom, yearTo,
        all);
  }

  /** Whether no filter is set. */
  public boolean isEmpty() {
    return equals(NONE);
  }

  /** The index field an entity filter matches in: its type's, else every entity's. */
  String entityField() {
    return entityType == null ? Schema.ENTITY : entityType.field();
  }

  /**
   * The filters in the query syntax, one clause each, values quoted and escaped: what a user
   * would type to filter so. For display; the search itself never parses them.
   */
  public List<String> clauses() {
    List<String> clauses = new ArrayList<>();
    if (theme != null) {
      clauses.add(Schema.THEME + ":" + quoted(theme));
    }
    if (entity != null) {
      clauses.add(entityField() + ":" + quoted(entity));
    }
    if (kind != null) {
      clauses.add(Schema.KIND + ":" + kind.label());
    }
    if (language != null) {
      clauses.add(Schema.LANG + ":" + language);
    }
    if (venue != null) {
      clauses.add(Schema.VENUE + ":" + quoted(venue));
    }
    if (yearFrom != null || yearTo != null) {
      clauses.add(Schema.YEAR + ":[" + (yearFrom == null ? "*" : yearFrom) + " TO "
          + (yearTo == null ? "*" : yearTo) + "]");
    }
    missing.stream().sorted(Comparator.naturalOrder())
        .forEach(m -> clauses.add(Schema.MISSING + ":" + m.label()));
    return clauses;
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
