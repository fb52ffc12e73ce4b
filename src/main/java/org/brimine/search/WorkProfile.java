package org.brimine.search;

import java.util.List;
import java.util.Objects;

/**
 * What the index holds of one author or one venue: the works, the people and venues beside
 * them, their themes year by year, and how often the works are cited.
 *
 * @param name the name as the first work writes it
 * @param total how many records carry the name
 * @param works the works read, the most cited first, then the newest; all of them when
 *     {@link #complete()}, else the {@code works.size()} most cited
 * @param people co-authors of an author, authors of a venue: how many of the works each has,
 *     the most first
 * @param venues where an author's works appeared (empty for a venue), the most first
 * @param themes the works' themes year by year
 * @param citations how many citations from papers of the index the works have, summed
 */
public record WorkProfile(String name, long total, List<Hit> works, List<FacetCount> people,
    List<FacetCount> venues, ThemeYears themes, long citations) {
  public WorkProfile {
    Objects.requireNonNull(name, "name");
    works = List.copyOf(works);
    people = List.copyOf(people);
    venues = List.copyOf(venues);
    Objects.requireNonNull(themes, "themes");
  }

  /** Whether every work with the name was read, so the lists and sums count them all. */
  public boolean complete() {
    return works.size() == total;
  }

  /**
   * How many works carry each of the most common themes, per year (among a work's top
   * themes, as a hit lists them).
   *
   * @param themes the theme ids of the columns, the most common first
   * @param years one row per year that has works, the earliest first
   */
  public record ThemeYears(List<String> themes, List<YearRow> years) {
    public ThemeYears {
      themes = List.copyOf(themes);
      years = List.copyOf(years);
    }
  }

  /**
   * One year of {@link ThemeYears}.
   *
   * @param works how many works of the year were read
   * @param counts how many of them carry each theme, in the order of the themes
   */
  public record YearRow(int year, int works, List<Integer> counts) {
    public YearRow {
      counts = List.copyOf(counts);
    }
  }
}
