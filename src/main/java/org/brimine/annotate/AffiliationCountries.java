package org.brimine.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.brimine.model.Entity;

/**
 * Turns the countries of a paper's affiliations, as a database export writes them ("Peoples R
 * China", "USA", "中国"), into COUNTRY entities under the gazetteer's canonical names, so that
 * collaboration by country is counted like any entity ({@code country:China}).
 *
 * <p>NOTE: a country the gazetteer does not know (WoS writes "England" for the United Kingdom)
 * stays in the paper's record but becomes no entity: an entity must have one canonical name.
 */
final class AffiliationCountries {
  private final Map<String, GazetteerEntry> byName = new HashMap<>();

  AffiliationCountries(Gazetteer gazetteer) {
    for (GazetteerEntry entry : gazetteer.entries()) {
      if (entry.type().equals("COUNTRY")) {
        byName.put(entry.canonical().toLowerCase(Locale.ROOT), entry);
        entry.plainAliases().forEach(a -> byName.putIfAbsent(a.toLowerCase(Locale.ROOT), entry));
      }
    }
  }

  /** The gazetteer's country of this name, any case. */
  Optional<GazetteerEntry> country(String name) {
    return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * The entities with a COUNTRY entity added for each known country that is not among them; a
   * country only in the affiliations counts one mention.
   */
  List<Entity> with(List<Entity> entities, List<String> countries) {
    List<Entity> all = new ArrayList<>(entities);
    for (String name : countries) {
      country(name).ifPresent(entry -> {
        boolean known = all.stream().anyMatch(e -> e.type().equals("COUNTRY")
            && e.canonical().equals(entry.canonical()));
        if (!known) {
          all.add(new Entity(entry.canonical(), "COUNTRY", 1, entry.plainAliases()));
        }
      });
    }
    return all;
  }
}
