package org.brimine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.brimine.index.Schema;
import org.junit.jupiter.api.Test;

/** The one definition of entity types is complete and agrees with the gazetteer and schema. */
class EntityTypeTest {
  private static final Set<String> TYPES =
      EntityType.all().stream().map(EntityType::type).collect(Collectors.toSet());

  @Test
  void everyTypeTheGazetteerUsesIsDefined() throws IOException {
    Set<String> used = new TreeSet<>();
    try (InputStream in = EntityType.class.getResourceAsStream(
        "/org/brimine/annotate/gazetteer.tsv")) {
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().skip(1)
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .forEach(l -> used.add(l.split("\t")[1]));
    }
    assertTrue(used.size() >= 10, used.toString());
    used.removeAll(TYPES);
    assertEquals(Set.of(), used, "gazetteer types without a definition");
  }

  @Test
  void corenlpNamedTypesAreDefined() {
    assertTrue(TYPES.containsAll(List.of("PERSON", "ORGANIZATION", "LOCATION")), TYPES.toString());
  }

  @Test
  void everyFieldIsOneTheSchemaIndexesAndFacets() {
    for (EntityType t : EntityType.all()) {
      assertTrue(Schema.QUERY_FIELDS.contains(t.field()), t.toString());
      assertTrue(Schema.FACETS.contains(t.field()), t.toString());
      if (t.broader() != null) {
        assertTrue(EntityType.ofField(t.broader()).isPresent(), t.toString());
      }
      List<String> fields = Schema.entityFields(t.type());
      assertEquals(t.field(), fields.get(0));
      assertEquals(Schema.ENTITY, fields.get(fields.size() - 1));
    }
    assertEquals(EntityType.all().size(), Schema.ENTITY_FACETS.size(), "one field per type");
    assertEquals(List.of(Schema.ENTITY), Schema.entityFields("DATE"), "an undefined type");
  }

  @Test
  void coarseTypesAreTheStatisticalOnesOrThemselves() {
    for (EntityType t : EntityType.all()) {
      assertTrue(t.coarse().equals(t.type())
          || List.of("PERSON", "ORGANIZATION", "LOCATION").contains(t.coarse()), t.toString());
      assertEquals(t.coarse(), EntityType.coarse(t.type()));
    }
    assertEquals("ORGANIZATION", EntityType.coarse("FIN_INSTITUTION"));
    assertEquals("LOCATION", EntityType.coarse("COUNTRY"));
    assertEquals("DATE", EntityType.coarse("DATE"));
  }

  @Test
  void labelsAreDistinctHeadings() {
    assertEquals(EntityType.all().size(),
        EntityType.all().stream().map(EntityType::label).distinct().count());
    assertEquals("Institutions", EntityType.label("FIN_INSTITUTION"));
    assertEquals("DATE", EntityType.label("DATE"));
  }

  @Test
  void refusesAnUnknownNameOrAMalformedLineQuotingIt() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> EntityType.named("COLOUR"));
    assertTrue(unknown.getMessage().contains("'COLOUR'"), unknown.getMessage());
    IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
        () -> EntityType.parse(new BufferedReader(new StringReader(
            "type\tcoarse\tfield\tbroader\tlabel\nCOUNTRY\tLOCATION\tcountry\n"))));
    assertTrue(line.getMessage().contains("'COUNTRY\tLOCATION\tcountry'"), line.getMessage());
  }
}
