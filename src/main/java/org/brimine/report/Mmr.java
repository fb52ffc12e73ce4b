package org.brimine.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Picks items by maximal marginal relevance (Carbonell and Goldstein, 1998): each next item is
 * the one whose relevance, less its similarity to what was already picked, is highest; items
 * nearly identical to one already picked are never taken. Similarity is the Jaccard overlap of
 * lower-cased word sets.
 */
final class Mmr {
  /** Items at least this similar to one already picked are near-duplicates. */
  static final double NEAR_DUPLICATE = 0.6;

  private Mmr() {}

  static <T> List<T> select(List<T> candidates, ToDoubleFunction<T> relevance,
      java.util.function.Function<T, String> text, int k, double lambda) {
    List<T> picked = new ArrayList<>();
    List<Set<String>> pickedWords = new ArrayList<>();
    List<T> pool = new ArrayList<>(candidates);
    double maxRelevance = pool.stream().mapToDouble(relevance).max().orElse(1);
    while (picked.size() < k && !pool.isEmpty()) {
      T best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (T c : pool) {
        Set<String> words = words(text.apply(c));
        double maxSim = pickedWords.stream().mapToDouble(w -> jaccard(w, words)).max().orElse(0);
        if (maxSim >= NEAR_DUPLICATE) {
          continue;
        }
        double score = lambda * relevance.applyAsDouble(c) / maxRelevance - (1 - lambda) * maxSim;
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (best == null) {
        break;
      }
      picked.add(best);
      pickedWords.add(words(text.apply(best)));
      pool.remove(best);
    }
    return picked;
  }

  static Set<String> words(String s) {
    Set<String> words = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / union.size();
  }
}
