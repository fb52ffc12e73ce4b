package org.brimine.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of theme labels per theme, and their macro average, over items that
 * each carry a set of gold labels and a set of predicted labels.
 */
public final class ThemeEvaluation {
  /**
   * The figures of one theme.
   *
   * @param theme the theme id
   * @param truePositives items labelled and predicted with it
   * @param falsePositives items predicted with it but not labelled
   * @param falseNegatives items labelled with it but not predicted
   */
  public record ThemeFigures(String theme, int truePositives, int falsePositives,
      int falseNegatives) {
    /** TP / (TP + FP); 0 when nothing was predicted. */
    public double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    /** TP / (TP + FN); 0 when nothing is labelled. */
    public double recall() {
      int gold = truePositives + falseNegatives;
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final List<String> themes;
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private int items;

  /** An evaluation of these themes; labels of other themes are ignored. */
  public ThemeEvaluation(List<String> themes) {
    this.themes = List.copyOf(themes);
    themes.forEach(t -> counts.put(t, new int[3]));
  }

  /** Adds one item. */
  public void add(Set<String> gold, Set<String> predicted) {
    items++;
    for (String theme : themes) {
      int[] c = counts.get(theme);
      boolean g = gold.contains(theme);
      boolean p = predicted.contains(theme);
      if (g && p) {
        c[0]++;
      } else if (p) {
        c[1]++;
      } else if (g) {
        c[2]++;
      }
    }
  }

  /** How many items were added. */
  public int items() {
    return items;
  }

  /** Per-theme figures, in the order the themes were given. */
  public List<ThemeFigures> figures() {
    List<ThemeFigures> figures = new ArrayList<>();
    counts.forEach((theme, c) -> figures.add(new ThemeFigures(theme, c[0], c[1], c[2])));
    return figures;
  }

  /** F1 of the counts pooled over all themes: 2 TP / (2 TP + FP + FN); 0 when all are 0. */
  public double microF1() {
    int tp = 0;
    int errors = 0;
    for (int[] c : counts.values()) {
      tp += c[0];
      errors += c[1] + c[2];
    }
    return tp + errors == 0 ? 0 : 2.0 * tp / (2.0 * tp + errors);
  }

  /** The unweighted mean of the per-theme F1. */
  public double macroF1() {
    return figures().stream().mapToDouble(ThemeFigures::f1).average().orElse(0);
  }
}
