package org.brimine.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity of a paper, counted once however it was written: its canonical name, the names it
 * is also known by (so that a search for any of them finds it), and how often it was mentioned.
 *
 * @param canonical the canonical name
 * @param type the entity type
 * @param mentions how many times the paper mentions it
 * @param aliases the other names it is known by, from the gazetteer (may be empty)
 */
public record Entity(String canonical, String type, int mentions, List<String> aliases) {
  public Entity {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
