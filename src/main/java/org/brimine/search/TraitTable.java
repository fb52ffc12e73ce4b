package org.brimine.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@link PaperTraits} of many papers by column: each trait is a list of distinct values and,
 * per paper, the positions of its values in that list, so that science maps count values in
 * arrays instead of hashing strings for every paper. Read from an index by {@link
 * PaperTraitsReader#table}, or built from records by {@link #of}.
 */
public final class TraitTable {
  /** A column of the table. */
  public enum Trait {
    /** The paper's own record id (one value a paper). */
    ID,
    /** Authors (read from the stored documents). */
    AUTHORS,
    /** Countries named (read from the stored records). */
    COUNTRIES,
    /** Keyphrases and the paper's own keywords. */
    KEYPHRASES,
    /** Entities with their types (read from the stored records). */
    ENTITIES,
    /** Theme ids. */
    THEMES,
    /** Ids of the cited records. */
    CITES
  }

  /**
   * One trait of every paper: paper p's values are {@code values.get(ordinals[i])} for i from
   * {@code offsets[p]} to {@code offsets[p + 1]}, each value once a paper.
   *
   * @param values the distinct values, in no particular order
   * @param offsets where each paper's ordinals start, one more than there are papers
   * @param ordinals positions in {@code values}
   * @param <T> the type of the values
   */
  public record Column<T>(List<T> values, int[] offsets, int[] ordinals) {
    public Column {
      values = List.copyOf(values);
      Objects.requireNonNull(offsets, "offsets");
      Objects.requireNonNull(ordinals, "ordinals");
    }

    /** How many papers. */
    public int papers() {
      return offsets.length - 1;
    }

    /**
     * The column with each value replaced by {@code f} of it: values that become equal merge,
     * and a paper has the merged value once.
     */
    public Column<String> mapped(Function<T, String> f) {
      Map<String, Integer> index = new HashMap<>();
      int[] remap = new int[values.size()];
      List<String> merged = new ArrayList<>();
      for (int v = 0; v < values.size(); v++) {
        remap[v] = index.computeIfAbsent(f.apply(values.get(v)), key -> {
          merged.add(key);
          return merged.size() - 1;
        });
      }
      if (merged.size() == values.size()) {
        int[] ords = new int[ordinals.length];
        for (int i = 0; i < ords.length; i++) {
          ords[i] = remap[ordinals[i]];
        }
        return new Column<>(merged, offsets, ords);
      }
      int[] seen = new int[merged.size()];
      Arrays.fill(seen, -1);
      int[] newOffsets = new int[offsets.length];
      int[] ords = new int[ordinals.length];
      int k = 0;
      for (int p = 0; p < papers(); p++) {
        newOffsets[p] = k;
        for (int i = offsets[p]; i < offsets[p + 1]; i++) {
          int v = remap[ordinals[i]];
          if (seen[v] != p) {
            seen[v] = p;
            ords[k++] = v;
          }
        }
      }
      newOffsets[papers()] = k;
      return new Column<>(merged, newOffsets, Arrays.copyOf(ords, k));
    }
  }

  /** The year of a paper whose year is unknown in {@link #years()}. */
  public static final int NO_YEAR = Integer.MIN_VALUE;

  private final int[] years;
  private final Map<Trait, Column<?>> columns;

  /**
   * @param years each paper's year, {@link #NO_YEAR} when unknown
   * @param columns the traits that were read, each with as many papers as there are years
   */
  public TraitTable(int[] years, Map<Trait, Column<?>> columns) {
    this.years = years.clone();
    for (Map.Entry<Trait, Column<?>> column : columns.entrySet()) {
      if (column.getValue().papers() != years.length) {
        throw new IllegalArgumentException("column " + column.getKey() + " has "
            + column.getValue().papers() + " papers, not " + years.length);
      }
    }
    this.columns = columns.isEmpty() ? Map.of() : new EnumMap<>(columns);
  }

  /** How many papers. */
  public int size() {
    return years.length;
  }

  /** Each paper's year, {@link #NO_YEAR} when unknown (a copy). */
  public int[] years() {
    return years.clone();
  }

  /** The year of one paper, {@link #NO_YEAR} when unknown. */
  public int year(int paper) {
    return years[paper];
  }

  /** The traits this table holds. */
  public Set<Trait> traits() {
    return columns.keySet();
  }

  /**
   * A column of string values (any trait but {@link Trait#ENTITIES}).
   *
   * @throws IllegalStateException when the trait was not read
   */
  @SuppressWarnings("unchecked")
  public Column<String> strings(Trait trait) {
    if (trait == Trait.ENTITIES) {
      throw new IllegalArgumentException("entities are names with types, not strings: " + trait);
    }
    return (Column<String>) column(trait);
  }

  /**
   * The entities column.
   *
   * @throws IllegalStateException when entities were not read
   */
  @SuppressWarnings("unchecked")
  public Column<PaperTraits.EntityName> entities() {
    return (Column<PaperTraits.EntityName>) column(Trait.ENTITIES);
  }

  private Column<?> column(Trait trait) {
    Column<?> column = columns.get(trait);
    if (column == null) {
      throw new IllegalStateException("the table was read without " + trait + "; it has "
          + columns.keySet());
    }
    return column;
  }

  /** The table of these records, with every trait. */
  public static TraitTable of(List<PaperTraits> papers) {
    int[] years = new int[papers.size()];
    for (int p = 0; p < years.length; p++) {
      Integer year = papers.get(p).year();
      years[p] = year == null ? NO_YEAR : year;
    }
    Map<Trait, Column<?>> columns = new EnumMap<>(Trait.class);
    columns.put(Trait.ID, column(papers, p -> List.of(p.id())));
    columns.put(Trait.AUTHORS, column(papers, PaperTraits::authors));
    columns.put(Trait.COUNTRIES, column(papers, PaperTraits::countries));
    columns.put(Trait.KEYPHRASES, column(papers, PaperTraits::keyphrases));
    columns.put(Trait.ENTITIES, column(papers, PaperTraits::entities));
    columns.put(Trait.THEMES, column(papers, PaperTraits::themes));
    columns.put(Trait.CITES, column(papers, PaperTraits::cites));
    return new TraitTable(years, columns);
  }

  private static <T> Column<T> column(List<PaperTraits> papers,
      Function<PaperTraits, List<T>> trait) {
    Map<T, Integer> index = new HashMap<>();
    List<T> values = new ArrayList<>();
    int[] offsets = new int[papers.size() + 1];
    int[] ordinals = new int[16];
    int k = 0;
    for (int p = 0; p < papers.size(); p++) {
      offsets[p] = k;
      for (T value : trait.apply(papers.get(p))) {
        int v = index.computeIfAbsent(value, x -> {
          values.add(x);
          return values.size() - 1;
        });
        boolean again = false;
        for (int i = offsets[p]; i < k && !again; i++) {
          again = ordinals[i] == v;
        }
        if (!again) {
          if (k == ordinals.length) {
            ordinals = Arrays.copyOf(ordinals, 2 * k);
          }
          ordinals[k++] = v;
        }
      }
    }
    offsets[papers.size()] = k;
    return new Column<>(values, offsets, Arrays.copyOf(ordinals, k));
  }
}
