package org.brimine.search;

import java.util.Objects;

/**
 * A record's place in a ranking: its id and score, without stored fields.
 *
 * @param id the record id
 * @param score the ranking score
 */
public record RankedRecord(String id, float score) {
  public RankedRecord {
    Objects.requireNonNull(id, "id");
  }
}
