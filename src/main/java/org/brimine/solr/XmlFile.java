package org.brimine.solr;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A small XML document built element by element, escaped by the JDK's serializer. */
final class XmlFile {
  private final Document doc;

  XmlFile(String root) {
    try {
      doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK has no XML document builder", e);
    }
    doc.appendChild(doc.createElement(root));
  }

  /** The root element. */
  Element root() {
    return doc.getDocumentElement();
  }

  /** A new child of {@code parent}, with attributes given as name, value, name, value... */
  Element add(Element parent, String name, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in pairs, got " + attributes.length);
    }
    Element e = doc.createElement(name);
    for (int i = 0; i < attributes.length; i += 2) {
      e.setAttribute(attributes[i], attributes[i + 1]);
    }
    parent.appendChild(e);
    return e;
  }

  /** A new child holding text: {@code <str name="q.op">OR</str>}. */
  Element text(Element parent, String name, String nameAttribute, String value) {
    Element e = add(parent, name, "name", nameAttribute);
    e.setTextContent(value);
    return e;
  }

  /** The document as indented text. */
  String text() {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot serialise an XML document built in memory", e);
    }
  }

  void write(Path file) throws IOException {
    Files.writeString(file, text(), StandardCharsets.UTF_8);
  }
}
