package org.brimine.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.brimine.search.Hit;
import org.brimine.search.SearchBackend;
import org.brimine.search.SearchRequest;
import org.brimine.search.SearchResults;

/**
 * Runs a query set against the local index and another backend of the same records (a SolrCloud
 * collection): the top k of each query on both sides compared ({@link TopAgreement}), totals and
 * facet counts compared where the local counts are exact, and the latency of the same search
 * (k hits, highlights, facets: what the search page asks) on both sides, after warm-up runs,
 * alternating the two backends run by run.
 */
public final class BackendComparison {
  /**
   * One query on both sides.
   *
   * @param query the query
   * @param localTotal matches in the local index
   * @param otherTotal matches in the other backend (-1 when it failed)
   * @param agreement how the two top k agree (null when the other backend failed)
   * @param facetsEqual whether the facet counts are equal; null when the local counts are
   *     estimated from a sample (or the other backend failed), so that nothing is compared
   * @param localTop the local top k ids
   * @param otherTop the other backend's top k ids
   * @param failure the other backend's error, or null
   */
  public record Outcome(BenchQueries query, long localTotal, long otherTotal,
      TopAgreement.Result agreement, Boolean facetsEqual, List<String> localTop,
      List<String> otherTop, String failure) {}

  /**
   * A whole comparison.
   *
   * @param outcomes one per query, in the set's order
   * @param local latencies of the local index: one row per measured run, one value per query
   * @param other latencies of the other backend, the same way
   * @param warmLocal the warm-up runs' latencies of the local index
   * @param warmOther the warm-up runs' latencies of the other backend
   */
  public record Report(List<Outcome> outcomes, long[][] local, long[][] other,
      long[][] warmLocal, long[][] warmOther) {}

  private final SearchBackend local;
  private final SearchBackend other;
  private final int k;
  private long sink;

  /** Compares {@code other} against {@code local}, on the top {@code k} hits. */
  public BackendComparison(SearchBackend local, SearchBackend other, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be 1 or more, got " + k);
    }
    this.local = local;
    this.other = other;
    this.k = k;
  }

  /** Compares the answers to every query, then times {@code warmup} and {@code runs} runs. */
  public Report run(List<BenchQueries> set, int warmup, int runs) throws IOException {
    if (set.isEmpty() || runs < 1 || warmup < 0) {
      throw new IllegalArgumentException("need queries, 1 run or more and 0 warm-up runs or "
          + "more, got " + set.size() + " queries, " + runs + " runs, " + warmup + " warm-up");
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (BenchQueries q : set) {
      outcomes.add(compare(q));
    }
    long[][] warmLocal = new long[warmup][set.size()];
    long[][] warmOther = new long[warmup][set.size()];
    long[][] timedLocal = new long[runs][set.size()];
    long[][] timedOther = new long[runs][set.size()];
    for (int w = 0; w < warmup; w++) {
      time(local, set, warmLocal[w]);
      time(other, set, warmOther[w]);
    }
    for (int r = 0; r < runs; r++) {
      time(local, set, timedLocal[r]);
      time(other, set, timedOther[r]);
    }
    return new Report(outcomes, timedLocal, timedOther, warmLocal, warmOther);
  }

  private Outcome compare(BenchQueries q) throws IOException {
    SearchRequest request = new SearchRequest(q.text(), 0, k, true);
    SearchResults expected = local.search(request);
    List<String> localTop = expected.hits().stream().map(Hit::id).toList();
    SearchResults got;
    try {
      got = other.search(request);
    } catch (IOException | RuntimeException e) {
      return new Outcome(q, expected.total(), -1, null, null, localTop, List.of(),
          e.getMessage());
    }
    TopAgreement.Result agreement = TopAgreement.compare(ranked(expected), ranked(got), k);
    Boolean facets = expected.facetsEstimated() ? null : expected.facets().equals(got.facets());
    return new Outcome(q, expected.total(), got.total(), agreement, facets, localTop,
        got.hits().stream().map(Hit::id).toList(), null);
  }

  private static List<TopAgreement.Ranked> ranked(SearchResults results) {
    return results.hits().stream().map(h -> new TopAgreement.Ranked(h.id(), h.score())).toList();
  }

  private void time(SearchBackend backend, List<BenchQueries> set, long[] nanos) {
    for (int i = 0; i < set.size(); i++) {
      long t = System.nanoTime();
      try {
        sink += backend.search(new SearchRequest(set.get(i).text(), 0, k, true)).total();
      } catch (IOException | RuntimeException e) {
        // a failed query was reported by the comparison; its time still counts
        sink++;
      }
      nanos[i] = System.nanoTime() - t;
    }
  }

  /** A value that depends on every timed search, so that none of them is optimised away. */
  public long sink() {
    return sink;
  }
}
