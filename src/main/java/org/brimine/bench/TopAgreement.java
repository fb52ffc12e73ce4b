package org.brimine.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far two top-k lists of the same query agree (the local index's and another backend's):
 * the same ids in the same order ({@link Result#exact}); the same ranking up to the order of
 * hits of equal score ({@link Result#upToTies}); the same scores ({@link Result#sameScores});
 * and the share of ids both hold ({@link Result#overlap}).
 *
 * <p>Why "up to ties": two searchers order hits of equal score each its own way (the local index
 * by the order records were added, SolrCloud by shard and then that order), so a query whose
 * hits all score alike (a field such as {@code year:2023}) can hold other ids in its top 10 with
 * nothing wrong. Two lists agree up to ties when each list's runs of equal scores (within
 * {@value #TOLERANCE} of the score, each list by its own scores) start and end at the same
 * places and hold the same ids, except the run the cut-off at k ends: any k of equally scored
 * hits are an equally good top k. The scores themselves may differ (a constant clause that one
 * side scores 0 and the other 1 changes no ranking); {@link Result#sameScores} says whether they
 * do.
 */
public final class TopAgreement {
  /** Relative difference under which two scores are the same score. */
  public static final double TOLERANCE = 1e-4;

  private TopAgreement() {}

  /**
   * One ranked hit.
   *
   * @param id the record id
   * @param score its score
   */
  public record Ranked(String id, double score) {}

  /**
   * How two lists agree.
   *
   * @param exact the same ids in the same order
   * @param upToTies runs of equal scores at the same places, with the same ids in each run that
   *     the cut-off does not end
   * @param sameScores as many hits, and the same score at each position
   * @param overlap ids in both lists over the length of the longer (1 when both are empty)
   */
  public record Result(boolean exact, boolean upToTies, boolean sameScores, double overlap) {}

  /**
   * Compares {@code expected} and {@code got}, each best first, as cut at {@code k} hits: a
   * list of k hits may end inside a run of equal scores, a shorter list holds every match.
   */
  public static Result compare(List<Ranked> expected, List<Ranked> got, int k) {
    if (k < 1 || expected.size() > k || got.size() > k) {
      throw new IllegalArgumentException("lists must hold at most k hits for k >= 1, got k=" + k
          + " and " + expected.size() + " and " + got.size() + " hits");
    }
    List<String> a = expected.stream().map(Ranked::id).toList();
    List<String> b = got.stream().map(Ranked::id).toList();
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(new HashSet<>(b));
    int longer = Math.max(a.size(), b.size());
    double overlap = longer == 0 ? 1 : (double) shared.size() / longer;
    return new Result(a.equals(b), upToTies(expected, got, k), sameScores(expected, got),
        overlap);
  }

  private static boolean upToTies(List<Ranked> a, List<Ranked> b, int k) {
    if (a.size() != b.size()) {
      return false;
    }
    int start = 0;
    while (start < a.size()) {
      int end = runEnd(a, start);
      if (runEnd(b, start) != end) {
        return false;
      }
      boolean cut = end == a.size() && a.size() == k;
      if (!cut && !ids(a, start, end).equals(ids(b, start, end))) {
        return false;
      }
      start = end;
    }
    return true;
  }

  /** Where the run of scores equal to the one at {@code start} ends (exclusive). */
  private static int runEnd(List<Ranked> list, int start) {
    int end = start + 1;
    while (end < list.size() && same(list.get(start).score(), list.get(end).score())) {
      end++;
    }
    return end;
  }

  private static boolean sameScores(List<Ranked> a, List<Ranked> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i).score(), b.get(i).score())) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> ids(List<Ranked> list, int from, int to) {
    Set<String> ids = new HashSet<>();
    list.subList(from, to).forEach(r -> ids.add(r.id()));
    return ids;
  }

  private static boolean same(double x, double y) {
    return Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
  }
}
