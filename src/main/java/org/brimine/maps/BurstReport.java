package org.brimine.maps;

import java.util.List;
import java.util.Objects;

/**
 * The bursts of a field: the shape of {@code bri bursts --json}.
 *
 * @param field the field ({@link BurstField#label()})
 * @param bursts the bursts, strongest first
 */
public record BurstReport(String field, List<Burst> bursts) {
  public BurstReport {
    Objects.requireNonNull(field, "field");
    bursts = List.copyOf(bursts);
  }

  /**
   * A period in which a term was used at an unusual rate.
   *
   * @param term the term
   * @param start the first year of the burst
   * @param end the last year of the burst
   * @param strength the burst's weight: the cost saved by the burst state over its years
   */
  public record Burst(String term, int start, int end, double strength) {}
}
