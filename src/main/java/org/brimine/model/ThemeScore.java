package org.brimine.model;

import java.util.Objects;

/**
 * A theme's share of a paper.
 *
 * @param theme the theme id
 * @param weight its share of the paper's theme evidence, from 0 to 1; the weights of a paper
 *     sum to 1
 * @param sentences how many sentences carry it
 */
public record ThemeScore(String theme, double weight, int sentences) {
  public ThemeScore {
    Objects.requireNonNull(theme, "theme");
    if (weight < 0 || weight > 1.000001) {
      throw new IllegalArgumentException("weight must be in [0, 1], got " + weight);
    }
  }
}
