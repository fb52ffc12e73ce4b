package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.brimine.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The countries of export affiliations, as WoS and Scopus write them, under one name each. */
class AffiliationCountriesTest {
  private static Gazetteer gazetteer;
  private static AffiliationCountries countries;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.load();
    countries = AffiliationCountries.load(gazetteer);
  }

  private static String canonical(String name) {
    return countries.country(name).map(AffiliationCountries.Country::canonical).orElse(null);
  }

  @Test
  void theWosPartsOfTheUnitedKingdomAreTheUnitedKingdom() {
    for (String part : List.of("England", "Scotland", "Wales", "North Ireland", "ENGLAND")) {
      assertEquals("United Kingdom", canonical(part), part);
    }
    // the gazetteer's aliases come along
    assertTrue(countries.country("England").orElseThrow().aliases().contains("Britain"));
  }

  @Test
  void theWosAndScopusFormsOfOneCountryAreOne() {
    assertEquals("China", canonical("Peoples R China"));
    assertEquals("China", canonical("China"));
    assertEquals("United States", canonical("USA"));
    assertEquals("United States", canonical("United States"));
    assertEquals("United Arab Emirates", canonical("U Arab Emirates"));
    assertEquals("Bosnia and Herzegovina", canonical("Bosnia & Herceg"));
    assertEquals("Türkiye", canonical("Turkey"));
    assertEquals("Vietnam", canonical("Viet Nam"));
    // a country the gazetteer lacks, from the list alone
    assertEquals("Denmark", canonical("Denmark"));
    assertEquals(null, canonical("Atlantis"));
  }

  @Test
  void everyCanonicalOfTheListThatTheGazetteerHasIsSpelledAsTheGazetteerSpellsIt() {
    // a canonical written otherwise would make a second entity of one country
    for (GazetteerEntry entry : gazetteer.entries()) {
      if (entry.type().equals("COUNTRY")) {
        assertEquals(entry.canonical(), canonical(entry.canonical()), entry.canonical());
      }
    }
  }

  @Test
  void addsOneEntityForACountryWrittenTwoWays() {
    List<Entity> entities = countries.with(List.of(), List.of("England", "Peoples R China",
        "United Kingdom", "China", "Atlantis"));
    assertEquals(List.of("United Kingdom", "China"),
        entities.stream().map(Entity::canonical).toList());
  }

  @Test
  void refusesAFormGivenToTwoCountriesQuotingTheLine() {
    BufferedReader list = new BufferedReader(new StringReader(
        "United Kingdom\tEngland\nIreland\tEngland\n"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AffiliationCountries(gazetteer, list));
    assertTrue(e.getMessage().contains("'Ireland\tEngland'"), e.getMessage());
  }
}
