package org.brimine.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes RIS, the tagged format every reference manager imports (Zotero, EndNote, Mendeley):
 * per record {@code TY}, then {@code AU} per author, {@code TI}, the venue as {@code T2} and, for
 * a journal article, {@code JO}, {@code PY}, {@code VL}, {@code IS}, {@code SP}, {@code EP},
 * {@code DO}, {@code UR}, {@code KW} per keyword, {@code AB}, {@code LA}, {@code ID} (the record
 * id) and {@code ER}. Each value is one line: line breaks in it become spaces.
 */
final class RisWriter implements CitationWriter {
  /** RIS reference types of the GB/T 7714 document type codes; anything else is GEN. */
  private static final Map<String, String> TYPES = Map.of("J", "JOUR", "M", "BOOK", "C", "CONF",
      "D", "THES", "R", "RPRT", "N", "NEWS", "EB/OL", "ELEC", "P", "PAT", "S", "STAND");
  private static final String EOL = "\r\n";

  private final Writer out;

  RisWriter(Writer out) {
    this.out = out;
  }

  /** The RIS type of a citation: GEN when its document type is not known. */
  static String type(Citation c) {
    return TYPES.getOrDefault(c.type() == null ? "" : c.type(), "GEN");
  }

  @Override
  public void write(Citation c) throws IOException {
    String type = type(c);
    tag("TY", type);
    for (String author : c.authors()) {
      tag("AU", author);
    }
    tag("TI", c.title());
    tag("T2", c.venue());
    if (type.equals("JOUR")) {
      tag("JO", c.venue());
    }
    tag("PY", c.year() == null ? null : c.year().toString());
    tag("VL", c.volume());
    tag("IS", c.issue());
    tag("SP", c.startPage());
    tag("EP", c.endPage());
    tag("CY", c.place());
    tag("DO", c.doi());
    tag("UR", c.url());
    for (String keyword : c.keywords()) {
      tag("KW", keyword);
    }
    tag("AB", c.abstractText());
    tag("LA", c.language());
    tag("ID", c.id());
    out.write("ER  - " + EOL + EOL);
  }

  private void tag(String tag, String value) throws IOException {
    if (value != null && !value.isBlank()) {
      out.write(tag + "  - " + value.strip().replaceAll("\\s*\\R\\s*", " ") + EOL);
    }
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
