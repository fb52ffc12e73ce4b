package org.brimine.annotate;

import java.util.List;
import java.util.Objects;

/**
 * One entity of the gazetteer.
 *
 * @param canonical its canonical name
 * @param type its entity type
 * @param aliases its other names as written in the file ({@code =} marks case-sensitive ones)
 */
public record GazetteerEntry(String canonical, String type, List<String> aliases) {
  public GazetteerEntry {
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
  }

  /** The other names without their case-sensitivity marker. */
  public List<String> plainAliases() {
    return aliases.stream().map(a -> a.startsWith("=") ? a.substring(1) : a).toList();
  }
}
