package org.brimine.eval;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the entities a system finds against gold entities, item by item: micro precision,
 * recall and F1 over (canonical, type) pairs, overall and per gold type, and over mention spans.
 *
 * <p>Per item, each side is a set of (canonical, type): an entity mentioned three times counts
 * once, as in the facets. Canonicals are compared ignoring case, runs of whitespace and the
 * apostrophe's form ({@code People’s} = {@code People's}). Types are compared exactly: a
 * country found as LOCATION is both a false positive and a false negative, as a facet would
 * count it under the wrong dimension. {@link #canonicalOnly()} gives the figures with types
 * ignored, to tell wrong types from wrong names. A span counts when start, end and type match.
 */
public final class EntityEvaluation {
  /** One entity of an item, or one mention span (canonical empty, start and end set). */
  public record Found(String canonical, String type, int start, int end) {
    /** An entity of an item: its canonical name and type. */
    public static Found entity(String canonical, String type) {
      return new Found(normal(canonical), type, -1, -1);
    }

    /** A mention: its span in code points and its type. */
    public static Found span(int start, int end, String type) {
      return new Found("", type, start, end);
    }
  }

  /** True and false positives and false negatives, with the figures they give. */
  public record Counts(int tp, int fp, int fn) {
    Counts plus(int tp2, int fp2, int fn2) {
      return new Counts(tp + tp2, fp + fp2, fn + fn2);
    }

    public double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private static final Counts NONE = new Counts(0, 0, 0);

  private int items;
  private Counts all = NONE;
  private Counts untyped = NONE;
  private Counts spans = NONE;
  private final Map<String, Counts> byType = new TreeMap<>();

  /**
   * Adds one item.
   *
   * @param gold the gold entities ({@link Found#entity})
   * @param found the system's entities
   * @param goldSpans the gold mentions ({@link Found#span})
   * @param foundSpans the system's mentions
   */
  public void add(Set<Found> gold, Set<Found> found, Set<Found> goldSpans, Set<Found> foundSpans) {
    items++;
    for (Found g : gold) {
      boolean hit = found.contains(g);
      count(g.type(), hit ? 1 : 0, 0, hit ? 0 : 1);
    }
    for (Found f : found) {
      if (!gold.contains(f)) {
        count(f.type(), 0, 1, 0);
      }
    }
    untyped = compare(untyped, names(gold), names(found));
    spans = compare(spans, goldSpans, foundSpans);
  }

  private void count(String type, int tp, int fp, int fn) {
    all = all.plus(tp, fp, fn);
    byType.merge(type, new Counts(tp, fp, fn), (a, b) -> a.plus(b.tp(), b.fp(), b.fn()));
  }

  private static Counts compare(Counts c, Set<?> gold, Set<?> found) {
    Set<Object> both = new HashSet<>(gold);
    both.retainAll(found);
    return c.plus(both.size(), found.size() - both.size(), gold.size() - both.size());
  }

  private static Set<String> names(Set<Found> entities) {
    Set<String> names = new HashSet<>();
    entities.forEach(e -> names.add(e.canonical()));
    return names;
  }

  /** Items added. */
  public int items() {
    return items;
  }

  /** Micro figures over (canonical, type) per item. */
  public Counts overall() {
    return all;
  }

  /** Micro figures over canonicals per item, types ignored. */
  public Counts canonicalOnly() {
    return untyped;
  }

  /** Micro figures over mention spans with their types. */
  public Counts spans() {
    return spans;
  }

  /** Figures per type: a false positive counts under the type the system gave. */
  public Map<String, Counts> byType() {
    return Map.copyOf(byType);
  }

  /** The types seen, sorted. */
  public List<String> types() {
    return List.copyOf(byType.keySet());
  }

  static String normal(String canonical) {
    String s = Normalizer.normalize(canonical, Normalizer.Form.NFC).strip()
        .replaceAll("\\s+", " ").replace('’', '\'');
    return s.toLowerCase(Locale.ROOT);
  }
}
