package org.brimine.maps;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a map in the formats that graph tools open: JSON, GraphML (Gephi), Pajek's .net and
 * VOSviewer's map and network files.
 */
public final class MapFiles {
  private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
  private static final String GRAPHML_XSD = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Writes the map to {@code out}; VOSviewer's network file goes beside its map file, named as
   * {@link #networkFile} says.
   *
   * @return the files written
   */
  public List<Path> write(ScienceMap map, MapFormat format, Path out) throws IOException {
    switch (format) {
      case JSON -> mapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), map);
      case GRAPHML -> {
        try (OutputStream stream = Files.newOutputStream(out)) {
          graphml(map, stream);
        }
      }
      case PAJEK -> {
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          pajek(map, writer);
        }
      }
      case VOSVIEWER -> {
        Path network = networkFile(out);
        try (BufferedWriter items = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            BufferedWriter links = Files.newBufferedWriter(network, StandardCharsets.UTF_8)) {
          vosviewer(map, items, links);
        }
        return List.of(out, network);
      }
    }
    return List.of(out);
  }

  /** The VOSviewer network file beside a map file: {@code map.txt} has {@code map-network.txt}. */
  public static Path networkFile(Path mapFile) {
    String name = mapFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String network = dot > 0 ? name.substring(0, dot) + "-network" + name.substring(dot)
        : name + "-network";
    return mapFile.resolveSibling(network);
  }

  /**
   * GraphML with the map's attributes as keys. Node ids are {@code n0, n1 ...} (GraphML ids are
   * XML name tokens, which labels with spaces are not); the map's own id is the {@code ref} key.
   */
  void graphml(ScienceMap map, OutputStream out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory()
          .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeStartElement("graphml");
      xml.writeDefaultNamespace(GRAPHML_NS);
      xml.writeNamespace("xsi", XSI_NS);
      xml.writeAttribute(XSI_NS, "schemaLocation", GRAPHML_NS + " " + GRAPHML_XSD);
      key(xml, "ref", "node", "ref", "string");
      key(xml, "label", "node", "label", "string");
      key(xml, "weight", "node", "weight", "int");
      key(xml, "cluster", "node", "cluster", "int");
      key(xml, "year", "node", "year", "int");
      key(xml, "clusterLabel", "node", "clusterLabel", "string");
      key(xml, "edgeWeight", "edge", "weight", "double");
      xml.writeStartElement("graph");
      xml.writeAttribute("id", map.kind());
      xml.writeAttribute("edgedefault", "undirected");
      Map<String, String> ids = new HashMap<>();
      Map<Integer, String> clusterLabels = new HashMap<>();
      map.clusters().forEach(c -> clusterLabels.put(c.id(), c.label()));
      for (ScienceMap.Node node : map.nodes()) {
        String id = "n" + ids.size();
        ids.put(node.id(), id);
        xml.writeStartElement("node");
        xml.writeAttribute("id", id);
        data(xml, "ref", node.id());
        data(xml, "label", node.label());
        data(xml, "weight", Integer.toString(node.weight()));
        data(xml, "cluster", Integer.toString(node.cluster()));
        if (node.year() != null) {
          data(xml, "year", node.year().toString());
        }
        data(xml, "clusterLabel", clusterLabels.getOrDefault(node.cluster(), ""));
        xml.writeEndElement();
      }
      for (ScienceMap.Edge edge : map.edges()) {
        xml.writeStartElement("edge");
        xml.writeAttribute("source", ids.get(edge.source()));
        xml.writeAttribute("target", ids.get(edge.target()));
        data(xml, "edgeWeight", number(edge.weight()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write GraphML: " + e.getMessage(), e);
    }
  }

  private static void key(XMLStreamWriter xml, String id, String target, String name,
      String type) throws XMLStreamException {
    xml.writeEmptyElement("key");
    xml.writeAttribute("id", id);
    xml.writeAttribute("for", target);
    xml.writeAttribute("attr.name", name);
    xml.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter xml, String key, String value)
      throws XMLStreamException {
    xml.writeStartElement("data");
    xml.writeAttribute("key", key);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  /**
   * Pajek's .net: {@code *Vertices n}, then {@code i "label"} from 1, then {@code *Edges}, then
   * {@code i j weight}. A double quote in a label becomes a single one: Pajek has no escape.
   */
  void pajek(ScienceMap map, Writer out) throws IOException {
    Map<String, Integer> numbers = numbers(map);
    out.write("*Vertices " + map.nodes().size() + "\r\n");
    for (ScienceMap.Node node : map.nodes()) {
      out.write(numbers.get(node.id()) + " \"" + oneLine(node.label()).replace('"', '\'')
          + "\"\r\n");
    }
    out.write("*Edges\r\n");
    for (ScienceMap.Edge edge : map.edges()) {
      out.write(numbers.get(edge.source()) + " " + numbers.get(edge.target()) + " "
          + number(edge.weight()) + "\r\n");
    }
  }

  /**
   * VOSviewer's tab-separated map file (a header, then {@code id label cluster
   * weight<Occurrences> weight<Total link strength>} per item; ids from 1; a label with a comma
   * or semicolon in double quotes; no x and y, so VOSviewer lays the map out) and network file
   * ({@code id1 id2 strength} per link, no header).
   */
  void vosviewer(ScienceMap map, Writer items, Writer links) throws IOException {
    Map<String, Integer> numbers = numbers(map);
    double[] strength = new double[map.nodes().size() + 1];
    for (ScienceMap.Edge edge : map.edges()) {
      strength[numbers.get(edge.source())] += edge.weight();
      strength[numbers.get(edge.target())] += edge.weight();
    }
    items.write("id\tlabel\tcluster\tweight<Occurrences>\tweight<Total link strength>\n");
    for (ScienceMap.Node node : map.nodes()) {
      int id = numbers.get(node.id());
      items.write(id + "\t" + vosLabel(node.label()) + "\t" + node.cluster() + "\t"
          + node.weight() + "\t" + number(strength[id]) + "\n");
    }
    for (ScienceMap.Edge edge : map.edges()) {
      links.write(numbers.get(edge.source()) + "\t" + numbers.get(edge.target()) + "\t"
          + number(edge.weight()) + "\n");
    }
  }

  private static String vosLabel(String label) {
    String clean = oneLine(label).replace('\t', ' ').replace('"', '\'');
    return clean.contains(",") || clean.contains(";") ? "\"" + clean + "\"" : clean;
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ");
  }

  private static Map<String, Integer> numbers(ScienceMap map) {
    Map<String, Integer> numbers = new HashMap<>();
    for (ScienceMap.Node node : map.nodes()) {
      numbers.put(node.id(), numbers.size() + 1);
    }
    return numbers;
  }

  /** A weight as written: whole numbers without a fraction, others with up to 6 decimals. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.6f", value).replaceFirst("0+$", "");
  }
}
