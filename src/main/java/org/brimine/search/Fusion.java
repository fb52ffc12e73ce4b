package org.brimine.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a lexical and a dense ranking of the same records into one.
 *
 * <p>{@link Method#RRF}, reciprocal rank fusion (Cormack, Clarke and Büttcher 2009): a record
 * scores the sum over the rankings that hold it of {@code 1 / (k + rank)}, rank from 1; scores do
 * not matter, only places. {@link Method#WEIGHTED}: each ranking's scores are scaled to 0..1 by
 * its own minimum and maximum (a record absent from a ranking gets 0 from it), and a record
 * scores {@code weight * dense + (1 - weight) * lexical}. Ties go to the record that came first
 * in the lexical ranking, then in the dense one.
 *
 * @param method how the rankings are merged
 * @param k RRF's constant (60 in the paper); unused by WEIGHTED
 * @param denseWeight WEIGHTED's share of the dense score, 0 to 1; unused by RRF
 */
public record Fusion(Method method, int k, float denseWeight) {
  /** How two rankings are merged. */
  public enum Method { RRF, WEIGHTED }

  /** Reciprocal rank fusion with the paper's k = 60. */
  public static final Fusion RRF = new Fusion(Method.RRF, 60, 0.5f);

  public Fusion {
    Objects.requireNonNull(method, "method");
    if (k < 1) {
      throw new IllegalArgumentException("RRF k must be 1 or more, got " + k);
    }
    if (!(denseWeight >= 0f && denseWeight <= 1f)) {
      throw new IllegalArgumentException("dense weight must be 0 to 1, got " + denseWeight);
    }
  }

  /** A weighted sum of min-max normalised scores, the dense one weighing {@code weight}. */
  public static Fusion weighted(float weight) {
    return new Fusion(Method.WEIGHTED, 60, weight);
  }

  /**
   * A fusion by name: {@code rrf}, {@code rrf:K} or {@code weighted:W} (W the dense share).
   *
   * @throws IllegalArgumentException for another name, quoting it
   */
  public static Fusion of(String name) {
    String n = name.strip().toLowerCase(java.util.Locale.ROOT);
    try {
      if (n.equals("rrf")) {
        return RRF;
      }
      if (n.startsWith("rrf:")) {
        return new Fusion(Method.RRF, Integer.parseInt(n.substring(4)), 0.5f);
      }
      if (n.startsWith("weighted:")) {
        return weighted(Float.parseFloat(n.substring(9)));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("fusion must be rrf, rrf:K or weighted:W, got '"
          + name + "'", e);
    }
    throw new IllegalArgumentException("fusion must be rrf, rrf:K or weighted:W, got '" + name
        + "'");
  }

  /** One line naming the method and its setting. */
  public String describe() {
    return method == Method.RRF ? "RRF k=" + k
        : String.format(java.util.Locale.ROOT, "weighted sum, dense %.2f", denseWeight);
  }

  /** The two rankings as one, best first, at most {@code depth} long. */
  public List<RankedRecord> fuse(List<RankedRecord> lexical, List<RankedRecord> dense,
      int depth) {
    Map<String, double[]> scores = new LinkedHashMap<>();
    add(lexical, scores, 0);
    add(dense, scores, 1);
    List<Map.Entry<String, double[]>> all = new ArrayList<>(scores.entrySet());
    // a stable sort: equal scores keep the lexical ranking's order, then the dense one's
    all.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> e.getValue()[2])
        .reversed());
    List<RankedRecord> fused = new ArrayList<>(Math.min(depth, all.size()));
    for (Map.Entry<String, double[]> e : all.subList(0, Math.min(depth, all.size()))) {
      fused.add(new RankedRecord(e.getKey(), (float) e.getValue()[2]));
    }
    return fused;
  }

  /** Adds one ranking's part of each record's score: slot 2 holds the sum. */
  private void add(List<RankedRecord> ranking, Map<String, double[]> scores, int which) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (RankedRecord r : ranking) {
      min = Math.min(min, r.score());
      max = Math.max(max, r.score());
    }
    double weight = which == 1 ? denseWeight : 1 - denseWeight;
    for (int i = 0; i < ranking.size(); i++) {
      RankedRecord r = ranking.get(i);
      double part = method == Method.RRF ? 1.0 / (k + i + 1)
          : weight * (max > min ? (r.score() - min) / (max - min) : 1.0);
      double[] s = scores.computeIfAbsent(r.id(), id -> new double[3]);
      if (s[which] == 0) {
        s[which] = part;
        s[2] += part;
      }
    }
  }
}
