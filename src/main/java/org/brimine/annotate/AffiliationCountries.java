package org.brimine.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.brimine.model.DataFiles;
import org.brimine.model.Entity;

/**
 * Turns the countries of a paper's affiliations, as a database export writes them ("Peoples R
 * China", "USA", "England", "U Arab Emirates"), into COUNTRY entities under one canonical name
 * each, so that collaboration by country is counted like any entity ({@code country:China}).
 *
 * <p>The names are those of {@code affiliation-countries.tsv} (the exports' own forms, such as
 * WoS's England, Scotland, Wales and North Ireland for the United Kingdom) and the gazetteer's
 * COUNTRY entries; a country of both has the gazetteer's canonical name and aliases. A name
 * neither knows stays in the paper's record but becomes no entity.
 */
final class AffiliationCountries {
  static final String RESOURCE = "affiliation-countries.tsv";

  /** A country: its canonical name and the aliases its entity carries. */
  record Country(String canonical, List<String> aliases) {}

  private final Map<String, Country> byName = new HashMap<>();

  /** The countries of the bundled list and of this gazetteer. */
  static AffiliationCountries load(Gazetteer gazetteer) {
    try (BufferedReader list = DataFiles.open(AffiliationCountries.class, RESOURCE)) {
      return new AffiliationCountries(gazetteer, list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The countries of this list ({@code canonical<TAB>form|form}, {@code #} comments) and of this
   * gazetteer.
   *
   * @throws IllegalArgumentException on a malformed line, or a form given to two countries: the
   *     message quotes the line
   */
  AffiliationCountries(Gazetteer gazetteer, BufferedReader list) {
    Map<String, GazetteerEntry> known = new HashMap<>();
    for (GazetteerEntry entry : gazetteer.entries()) {
      if (entry.type().equals("COUNTRY")) {
        known.put(key(entry.canonical()), entry);
      }
    }
    try {
      String line;
      int number = 0;
      while ((line = list.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("canonical\t")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 2 || cols[0].isBlank()) {
          throw new IllegalArgumentException(RESOURCE + " line " + number
              + ": expected canonical<TAB>forms, got '" + line + "'");
        }
        GazetteerEntry entry = known.get(key(cols[0]));
        Country country = entry != null ? new Country(entry.canonical(), entry.plainAliases())
            : new Country(cols[0].strip(), List.of());
        List<String> forms = new ArrayList<>(List.of(cols[0]));
        forms.addAll(cols[1].isBlank() ? List.of() : List.of(cols[1].split("\\|")));
        for (String form : forms) {
          Country before = byName.put(key(form), country);
          if (before != null && !before.canonical().equals(country.canonical())) {
            throw new IllegalArgumentException(RESOURCE + " line " + number + ": '"
                + form.strip() + "' is a form of " + before.canonical() + " already: '" + line
                + "'");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (GazetteerEntry entry : known.values()) {
      Country country = new Country(entry.canonical(), entry.plainAliases());
      byName.putIfAbsent(key(entry.canonical()), country);
      entry.plainAliases().forEach(a -> byName.putIfAbsent(key(a), country));
    }
  }

  /** The country of this name, any case. */
  Optional<Country> country(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  /**
   * The entities with a COUNTRY entity added for each known country that is not among them; a
   * country only in the affiliations counts one mention.
   */
  List<Entity> with(List<Entity> entities, List<String> countries) {
    List<Entity> all = new ArrayList<>(entities);
    for (String name : countries) {
      country(name).ifPresent(country -> {
        boolean known = all.stream().anyMatch(e -> e.type().equals("COUNTRY")
            && e.canonical().equals(country.canonical()));
        if (!known) {
          all.add(new Entity(country.canonical(), "COUNTRY", 1, country.aliases()));
        }
      });
    }
    return all;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
