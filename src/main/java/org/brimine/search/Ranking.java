package org.brimine.search;

import java.util.Map;
import org.brimine.index.Schema;

/**
 * How records are ranked: the weight of each default field, BM25's parameters, a bonus for query
 * words near each other, and pseudo-relevance feedback. {@code bri search}, the web server and
 * {@code bri eval retrieval} all rank with {@link #DEFAULT}.
 *
 * @param boosts boost per default field; a field without a boost is not searched by default
 * @param k1 BM25's term frequency saturation
 * @param b BM25's length normalisation, 0 to 1
 * @param proximity the bonus for neighbouring query words
 * @param feedback pseudo-relevance feedback
 */
public record Ranking(Map<String, Float> boosts, float k1, float b, Proximity proximity,
    Feedback feedback) {
  /** Lucene's BM25 defaults. */
  public static final float LUCENE_K1 = 1.2f;
  /** Lucene's BM25 defaults. */
  public static final float LUCENE_B = 0.75f;

  /**
   * The product's default ranking, chosen by measurement on Cranfield (BENCHMARKS.md): title and
   * abstract weigh the same (a title above the abstract lost MAP), then headings, then the body;
   * Lucene's BM25 parameters (others moved MAP by about 1%); neighbouring query words within 10
   * positions score a quarter more. No feedback: RM3 ({@link Feedback#RM3}) adds 4.7% MAP on
   * Cranfield but a second search and the analysis of ten records to every query, five times the
   * latency on 100k papers; it stays an option.
   */
  public static final Ranking DEFAULT = new Ranking(Map.of(
      Schema.TITLE, 2.0f, Schema.ABSTRACT, 2.0f, Schema.SECTION, 1.5f, Schema.BODY, 1.0f,
      Schema.KEYPHRASES, 2.0f),
      LUCENE_K1, LUCENE_B, new Proximity(10, 0.25f), Feedback.OFF);

  public Ranking {
    boosts = Map.copyOf(boosts);
    boosts.forEach((field, boost) -> {
      if (!Schema.DEFAULT_FIELDS.contains(field)) {
        throw new IllegalArgumentException("'" + field + "' is not a default search field; "
            + "expected one of " + Schema.DEFAULT_FIELDS);
      }
      if (!(boost > 0f) || boost.isInfinite()) {
        throw new IllegalArgumentException("boost of " + field + " must be above 0, got " + boost);
      }
    });
    if (!(k1 >= 0f) || Float.isInfinite(k1)) {
      throw new IllegalArgumentException("BM25 k1 must be 0 or more, got " + k1);
    }
    if (!(b >= 0f && b <= 1f)) {
      throw new IllegalArgumentException("BM25 b must be 0 to 1, got " + b);
    }
    java.util.Objects.requireNonNull(proximity, "proximity");
    java.util.Objects.requireNonNull(feedback, "feedback");
  }

  /** Field boosts with Lucene's BM25, no proximity bonus and no feedback. */
  public Ranking(Map<String, Float> boosts) {
    this(boosts, LUCENE_K1, LUCENE_B, Proximity.OFF, Feedback.OFF);
  }

  /** This ranking with other field boosts. */
  public Ranking withBoosts(Map<String, Float> newBoosts) {
    return new Ranking(newBoosts, k1, b, proximity, feedback);
  }

  /** This ranking with other BM25 parameters. */
  public Ranking withBm25(float newK1, float newB) {
    return new Ranking(boosts, newK1, newB, proximity, feedback);
  }

  /** This ranking with another proximity bonus. */
  public Ranking withProximity(Proximity newProximity) {
    return new Ranking(boosts, k1, b, newProximity, feedback);
  }

  /** This ranking with other feedback. */
  public Ranking withFeedback(Feedback newFeedback) {
    return new Ranking(boosts, k1, b, proximity, newFeedback);
  }

  String[] fields() {
    return Schema.DEFAULT_FIELDS.stream().filter(boosts::containsKey).toArray(String[]::new);
  }
}
