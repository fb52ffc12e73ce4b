package org.brimine.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.brimine.annotate.BgeSmallZhEmbedder;
import org.brimine.index.HanText;
import org.brimine.index.Schema;
import org.brimine.index.Stemming;
import org.brimine.search.Ranking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ConfigsetTest {
  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** field name -> its element, for the children of the root named {@code tag}. */
  private static Map<String, Element> byName(Document doc, String tag) {
    Map<String, Element> all = new HashMap<>();
    NodeList list = doc.getDocumentElement().getElementsByTagName(tag);
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      all.put(e.getAttribute("name"), e);
    }
    return all;
  }

  /** Every String constant of Schema: its field names. */
  private static Set<String> schemaFieldNames() throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (Field f : Schema.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())
          && f.getType() == String.class) {
        names.add((String) f.get(null));
      }
    }
    return names;
  }

  @Test
  void everySchemaFieldButTheRecordIsAFieldOfTheCollection() throws Exception {
    Map<String, Element> fields = byName(parse(Configset.DEFAULT.schemaXml()), "field");
    Set<String> expected = schemaFieldNames();
    expected.remove(Schema.RECORD);
    // the vector fields are named by model and dimension: a dynamic field of the vector type
    expected.remove(Schema.VECTOR_PREFIX);
    Element vectors = byName(parse(Configset.DEFAULT.schemaXml()), "dynamicField")
        .get(Schema.VECTOR_PREFIX + "*");
    assertTrue(vectors != null, "no dynamic field for the paper vectors");
    assertEquals(SchemaXml.VECTOR_TYPE, vectors.getAttribute("type"));
    for (String name : expected) {
      assertTrue(fields.containsKey(name), "schema field '" + name + "' not in the configset");
    }
    assertTrue(!fields.containsKey(Schema.RECORD));
  }

  @Test
  void theChineseModelsVectorsHaveAFieldOfTheirOwnDimension() throws Exception {
    Document schema = parse(Configset.DEFAULT.schemaXml());
    BgeSmallZhEmbedder chinese = new BgeSmallZhEmbedder();
    Element field = byName(schema, "field").get(Schema.vector(chinese.name(),
        chinese.dimension()));
    assertNotNull(field, "no field for the Chinese papers' vectors");
    Element type = byName(schema, "fieldType").get(field.getAttribute("type"));
    assertEquals("solr.DenseVectorField", type.getAttribute("class"));
    assertEquals("512", type.getAttribute("vectorDimension"));
    // the English model's vectors keep the dynamic field of 384 dimensions
    Element english = byName(schema, "fieldType").get(byName(schema, "dynamicField")
        .get(Schema.VECTOR_PREFIX + "*").getAttribute("type"));
    assertEquals("384", english.getAttribute("vectorDimension"));
  }

  @Test
  void eachFieldHasTheTypeOfHowTheLocalIndexTreatsIt() throws Exception {
    Map<String, Element> fields = byName(parse(Configset.DEFAULT.schemaXml()), "field");
    for (String f : Schema.DEFAULT_FIELDS) {
      assertEquals("bri_text", fields.get(f).getAttribute("type"), f);
      assertEquals("true", fields.get(f).getAttribute("storeOffsetsWithPositions"), f);
    }
    for (String f : Schema.EXACT_FIELDS) {
      assertEquals("bri_exact", fields.get(f).getAttribute("type"), f);
    }
    for (String f : Schema.ID_FIELDS) {
      assertEquals("string", fields.get(f).getAttribute("type"), f);
    }
    assertEquals("pint", fields.get(Schema.YEAR).getAttribute("type"));
    assertEquals("true", fields.get(Schema.YEAR).getAttribute("docValues"));
    assertEquals("false", fields.get(Schema.ID).getAttribute("multiValued"));
    assertEquals("true", fields.get(Schema.AUTHOR).getAttribute("multiValued"));
  }

  @Test
  void everyFacetDimensionIsCountedOnDocValuesOfTheValuesAsWritten() throws Exception {
    Document doc = parse(Configset.DEFAULT.schemaXml());
    Map<String, Element> fields = byName(doc, "field");
    for (String dim : Schema.FACETS) {
      Element facet = fields.get(SolrFields.facetField(dim));
      assertNotNull(facet, dim);
      assertEquals("true", facet.getAttribute("docValues"), dim);
      if (!dim.equals(Schema.YEAR)) {
        assertEquals("string", facet.getAttribute("type"), dim);
      }
    }
  }

  @Test
  void rankingIsBm25WithTheRankingsParametersAndBoosts() throws Exception {
    Configset set = new Configset(Ranking.DEFAULT.withBm25(0.9f, 0.4f), Stemming.DEFAULT,
        HanText.DEFAULT, false);
    Element similarity = (Element) parse(set.schemaXml()).getDocumentElement()
        .getElementsByTagName("similarity").item(0);
    assertEquals("solr.BM25SimilarityFactory", similarity.getAttribute("class"));
    Map<String, String> params = new HashMap<>();
    NodeList floats = similarity.getElementsByTagName("float");
    for (int i = 0; i < floats.getLength(); i++) {
      Element f = (Element) floats.item(i);
      params.put(f.getAttribute("name"), f.getTextContent());
    }
    assertEquals(Map.of("k1", "0.9", "b", "0.4"), params);
    Map<String, String> select = ConfigXml.selectDefaults(Ranking.DEFAULT);
    assertEquals("title^2.0 abstract^2.0 body^1.0 section^1.5 keyphrases^2.0 entity^1.0",
        select.get("qf"));
    assertEquals("1.0", select.get("tie"));
  }

  @Test
  void textFieldsUseOurChineseWordsUnlessPortable(@TempDir Path dir) throws Exception {
    assertTrue(Configset.DEFAULT.schemaXml().contains("name=\"briHanWord\""));
    assertTrue(Configset.DEFAULT.schemaXml().contains("name=\"porterStem\""));
    String portable = new Configset(Ranking.DEFAULT, Stemming.KROVETZ, HanText.DEFAULT, true)
        .schemaXml();
    assertTrue(!portable.contains("briHanWord") && portable.contains("name=\"cjkBigram\"")
        && portable.contains("name=\"kStem\""));
    List<Path> written = Configset.DEFAULT.write(dir.resolve("conf"));
    assertEquals(List.of(Configset.SCHEMA_FILE, Configset.CONFIG_FILE),
        written.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(Configset.DEFAULT.configXml(), Files.readString(written.get(1)));
  }
}
