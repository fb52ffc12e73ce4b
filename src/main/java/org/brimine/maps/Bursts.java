package org.brimine.maps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.brimine.search.PaperTraits;
import org.brimine.search.TraitTable;

/**
 * Finds bursts of terms over years with Kleinberg's two-state automaton for batched arrivals
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
public final class Bursts {
  /** Kleinberg's s: how much more often a term occurs in a burst. */
  public static final double S = 2;
  /** Kleinberg's gamma: the cost of entering a burst, in units of ln n. */
  public static final double GAMMA = 1;

  private final double s;
  private final double gamma;

  public Bursts(double s, double gamma) {
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
  public Bursts() {
    this(S, GAMMA);
  }

  /** The bursts of the field's terms over the years of these papers (papers without year skipped). */
  public BurstReport find(BurstField field, List<PaperTraits> papers) {
    return find(field, TraitTable.of(papers));
  }

  /**
   * The bursts of the field's terms over the years of the table's papers (papers without year
   * skipped); the table must hold the traits of {@link BurstField#traits()}.
   */
  public BurstReport find(BurstField field, TraitTable papers) {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (int p = 0; p < papers.size(); p++) {
      if (papers.year(p) != TraitTable.NO_YEAR) {
        first = Math.min(first, papers.year(p));
        last = Math.max(last, papers.year(p));
      }
    }
    List<BurstReport.Burst> bursts = new ArrayList<>();
    if (first <= last) {
      int n = last - first + 1;
      int[] documents = new int[n];
      TraitTable.Column<String> terms = field.column(papers);
      int[][] relevant = new int[terms.values().size()][];
      for (int p = 0; p < papers.size(); p++) {
        if (papers.year(p) != TraitTable.NO_YEAR) {
          int t = papers.year(p) - first;
          documents[t]++;
          for (int i = terms.offsets()[p]; i < terms.offsets()[p + 1]; i++) {
            int term = terms.ordinals()[i];
            if (relevant[term] == null) {
              relevant[term] = new int[n];
            }
            relevant[term][t]++;
          }
        }
      }
      for (int term = 0; term < relevant.length; term++) {
        if (relevant[term] != null) {
          detect(terms.values().get(term), relevant[term], documents, first, bursts);
        }
      }
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
