package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.brimine.index.Schema;

/**
 * Reads the works of an author or a venue ({@link WorkProfile}) for their pages: the records
 * whose {@link Schema#AUTHOR} or {@link Schema#VENUE} is the name, whole and in any case, papers
 * and references alike.
 *
 * <p>NOTE: at most {@link #MAX_WORKS} works are read, the most cited first, from their stored
 * fields without the records: the lists and sums of a venue with more works count those, and the
 * profile says so ({@link WorkProfile#complete()}).
 */
public final class WorkProfiles {
  /** The most works read for one profile. */
  public static final int MAX_WORKS = 1_000;
  /** The most themes a profile's table has columns for. */
  static final int MAX_THEMES = 6;
  private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.KIND, Schema.TITLE,
      Schema.AUTHOR, Schema.YEAR, Schema.VENUE, Schema.THEME, Schema.THEME_WEIGHT);
  /** Most cited first, then the newest, then by id: the same order every time. */
  private static final Sort ORDER = order();

  private final SearcherManager searchers;
  private final FilterQueries filters;

  WorkProfiles(SearcherManager searchers, FilterQueries filters) {
    this.searchers = searchers;
    this.filters = filters;
  }

  /** The works of the author of this name (any case), or empty when no record has it. */
  public Optional<WorkProfile> author(String name) throws IOException {
    return profile(Schema.AUTHOR, name);
  }

  /** The works of the venue of this name (any case), or empty when no record has it. */
  public Optional<WorkProfile> venue(String name) throws IOException {
    return profile(Schema.VENUE, name);
  }

  private Optional<WorkProfile> profile(String field, String name) throws IOException {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    Query query = filters.value(field, name.strip());
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(query, MAX_WORKS, ORDER);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      long total = searcher.count(query);
      StoredFields stored = searcher.storedFields();
      List<Hit> works = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        works.add(StoredHits.hit(stored.document(sd.doc, FIELDS), 0f, List.of(),
            CitedByCounts.of(searcher.getIndexReader(), sd.doc)));
      }
      boolean author = field.equals(Schema.AUTHOR);
      String shown = author ? spelling(works, name.strip()) : works.get(0).venue();
      List<FacetCount> people = counts(works, h -> h.authors().stream()
          .filter(a -> !author || !a.equalsIgnoreCase(shown)).toList());
      List<FacetCount> venues = author ? counts(works,
          h -> h.venue() == null ? List.of() : List.of(h.venue())) : List.of();
      long citations = works.stream().mapToLong(Hit::citedBy).sum();
      return Optional.of(new WorkProfile(shown, total, works, people, venues, themes(works),
          citations));
    } finally {
      searchers.release(searcher);
    }
  }

  /** The name as a work writes it, matched in any case; the name asked for if none does. */
  private static String spelling(List<Hit> works, String name) {
    for (Hit hit : works) {
      for (String a : hit.authors()) {
        if (a.equalsIgnoreCase(name)) {
          return a;
        }
      }
    }
    return name;
  }

  /** How many works have each value (counted once a work), the most first, then by value. */
  private static List<FacetCount> counts(List<Hit> works,
      java.util.function.Function<Hit, List<String>> values) {
    // one spelling per value whatever its case, the first seen
    Map<String, String> spellings = new HashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Hit hit : works) {
      values.apply(hit).stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct()
          .forEach(v -> counts.merge(v, 1L, Long::sum));
      values.apply(hit).forEach(v -> spellings.putIfAbsent(v.toLowerCase(Locale.ROOT), v));
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(e -> spellings.get(e.getKey())))
        .map(e -> new FacetCount(spellings.get(e.getKey()), e.getValue())).toList();
  }

  /** The most common themes of the works, and per year how many works carry each. */
  private static WorkProfile.ThemeYears themes(List<Hit> works) {
    Map<String, Long> overall = new HashMap<>();
    works.forEach(h -> h.themes().forEach(t -> overall.merge(t.theme(), 1L, Long::sum)));
    List<String> columns = overall.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_THEMES).map(Map.Entry::getKey).toList();
    TreeMap<Integer, List<Hit>> byYear = new TreeMap<>();
    works.stream().filter(h -> h.year() != null)
        .forEach(h -> byYear.computeIfAbsent(h.year(), y -> new ArrayList<>()).add(h));
    List<WorkProfile.YearRow> rows = new ArrayList<>();
    byYear.forEach((year, hits) -> {
      List<Integer> counts = new ArrayList<>();
      for (String theme : columns) {
        counts.add((int) hits.stream()
            .filter(h -> h.themes().stream().anyMatch(t -> t.theme().equals(theme))).count());
      }
      rows.add(new WorkProfile.YearRow(year, hits.size(), counts));
    });
    return new WorkProfile.ThemeYears(columns, rows);
  }

  private static Sort order() {
    SortField cited = new SortField(Schema.CITED_BY, SortField.Type.LONG, true);
    cited.setMissingValue(0L);
    SortField newest = new SortField(Schema.YEAR, SortField.Type.INT, true);
    newest.setMissingValue(Integer.MIN_VALUE);
    return new Sort(cited, newest, new SortField(Schema.ID, SortField.Type.STRING));
  }
}
