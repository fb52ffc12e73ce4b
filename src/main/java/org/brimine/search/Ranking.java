package org.brimine.search;

import java.util.Map;
import org.brimine.index.Schema;

/**
 * How the default fields are weighed against each other: a match in the title counts most, then
 * the abstract and keyphrases, the section headings, then the body.
 *
 * @param boosts boost per default field
 */
public record Ranking(Map<String, Float> boosts) {
  /** The product's default boosts. */
  public static final Ranking DEFAULT = new Ranking(Map.of(
      Schema.TITLE, 3.0f, Schema.ABSTRACT, 2.0f, Schema.SECTION, 1.5f, Schema.BODY, 1.0f,
      Schema.KEYPHRASES, 2.0f));

  public Ranking {
    boosts = Map.copyOf(boosts);
  }

  String[] fields() {
    return Schema.DEFAULT_FIELDS.stream().filter(boosts::containsKey).toArray(String[]::new);
  }
}
