package org.brimine.maps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brimine.search.PaperTraits;

/**
 * The plain code of {@link Bursts} as at a655ac3, before it counted by number: kept as
 * the reference that {@link PlainCodeComparisonTest} compares with.
 *
 * <p>Finds bursts of terms over years with Kleinberg's two-state automaton for batched arrivals
 * (Kleinberg 2002, "Bursty and hierarchical structure in streams", section 4).
 *
 * <p>Each year is a batch: {@code d_t} papers, {@code r_t} of them with the term. The base state
 * emits the term at the overall rate {@code p0 = sum r / sum d}; the burst state at
 * {@code p1 = s p0} (capped below 1). Being in state i in year t costs
 * {@code sigma_i = -ln[C(d_t, r_t) p_i^r_t (1 - p_i)^(d_t - r_t)]}; moving up from the base
 * state costs {@code gamma ln n} for n years, moving down is free, and the automaton starts in
 * the base state. The cheapest state sequence (Viterbi) is found; each run of burst years is a
 * burst, whose strength is {@code sum (sigma_0 - sigma_1)} over its years. Years without papers
 * are batches with {@code d = 0}, which cost nothing in either state.
 *
 * <p>NOTE: the binomial coefficient is the same in both states, so it is left out of the costs:
 * it changes neither the sequence nor the strengths.
 */
public final class PlainBursts {
  /** Kleinberg's s: how much more often a term occurs in a burst. */
  public static final double S = 2;
  /** Kleinberg's gamma: the cost of entering a burst, in units of ln n. */
  public static final double GAMMA = 1;

  private final double s;
  private final double gamma;

  public PlainBursts(double s, double gamma) {
    if (!(s > 1)) {
      throw new IllegalArgumentException("s must be above 1, got " + s);
    }
    if (!(gamma > 0)) {
      throw new IllegalArgumentException("gamma must be above 0, got " + gamma);
    }
    this.s = s;
    this.gamma = gamma;
  }

  /** Kleinberg's usual settings: s = 2, gamma = 1. */
  public PlainBursts() {
    this(S, GAMMA);
  }

  /** The bursts of the field's terms over the years of these papers (papers without year skipped). */
  public BurstReport find(BurstField field, List<PaperTraits> papers) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (PaperTraits paper : papers) {
      if (paper.year() != null) {
        first = Math.min(first, paper.year());
        last = Math.max(last, paper.year());
      }
    }
    List<BurstReport.Burst> bursts = new ArrayList<>();
    if (first <= last) {
      int n = last - first + 1;
      int[] documents = new int[n];
      Map<String, int[]> relevant = new HashMap<>();
      for (PaperTraits paper : papers) {
        if (paper.year() != null) {
          int t = paper.year() - first;
          documents[t]++;
          for (String term : field.terms(paper)) {
            relevant.computeIfAbsent(term, x -> new int[n])[t]++;
          }
        }
      }
      int from = first;
      relevant.forEach((term, r) -> detect(term, r, documents, from, bursts));
    }
    bursts.sort(Comparator.comparingDouble((BurstReport.Burst b) -> -b.strength())
        .thenComparing(BurstReport.Burst::term).thenComparingInt(BurstReport.Burst::start));
    return new BurstReport(field.label(), bursts);
  }

  /** Adds the bursts of one term, counted {@code r[t]} times among {@code d[t]} papers. */
  void detect(String term, int[] r, int[] d, int firstYear, List<BurstReport.Burst> bursts) {
    int n = d.length;
    long relevant = 0;
    long total = 0;
    for (int t = 0; t < n; t++) {
      relevant += r[t];
      total += d[t];
    }
    if (relevant == 0 || relevant == total) {
      return; // a term in no paper or in every paper cannot burst
    }
    double p0 = (double) relevant / total;
    double p1 = Math.min(s * p0, 0.9999);
    double up = gamma * Math.log(n);
    double[][] cost = new double[n][2];
    int[][] from = new int[n][2];
    double[] sigma0 = new double[n];
    double[] sigma1 = new double[n];
    for (int t = 0; t < n; t++) {
      sigma0[t] = sigma(p0, r[t], d[t]);
      sigma1[t] = sigma(p1, r[t], d[t]);
      double prev0 = t == 0 ? 0 : cost[t - 1][0];
      double prev1 = t == 0 ? Double.POSITIVE_INFINITY : cost[t - 1][1];
      // into the base state: from either, moving down is free; ties stay in the base state
      if (prev0 <= prev1) {
        cost[t][0] = prev0 + sigma0[t];
        from[t][0] = 0;
      } else {
        cost[t][0] = prev1 + sigma0[t];
        from[t][0] = 1;
      }
      // into the burst state: staying is free, moving up costs gamma ln n
      if (prev1 <= prev0 + up) {
        cost[t][1] = prev1 + sigma1[t];
        from[t][1] = 1;
      } else {
        cost[t][1] = prev0 + up + sigma1[t];
        from[t][1] = 0;
      }
    }
    int[] states = new int[n];
    states[n - 1] = cost[n - 1][1] < cost[n - 1][0] ? 1 : 0;
    for (int t = n - 1; t > 0; t--) {
      states[t - 1] = from[t][states[t]];
    }
    for (int t = 0; t < n; t++) {
      if (states[t] == 1) {
        int start = t;
        double strength = 0;
        while (t < n && states[t] == 1) {
          strength += sigma0[t] - sigma1[t];
          t++;
        }
        bursts.add(new BurstReport.Burst(term, firstYear + start, firstYear + t - 1, strength));
      }
    }
  }

  /** The cost of emitting r of d at rate p, without the binomial coefficient. */
  static double sigma(double p, int r, int d) {
    return -(r * Math.log(p) + (d - r) * Math.log(1 - p));
  }
}
