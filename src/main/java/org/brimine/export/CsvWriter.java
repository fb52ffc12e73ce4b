package org.brimine.export;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV (RFC 4180, with a header row) with Commons CSV: one row per record; authors and
 * keywords joined by {@code "; "}.
 */
final class CsvWriter implements CitationWriter {
  /** The columns, in order. */
  static final String[] HEADER = {"id", "kind", "type", "title", "authors", "year", "venue",
      "volume", "issue", "pages", "doi", "url", "language", "keywords", "cited_by", "abstract"};

  private final CSVPrinter printer;

  CsvWriter(Writer out) throws IOException {
    this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build());
  }

  @Override
  public void write(Citation c) throws IOException {
    printer.printRecord(c.id(), c.kind().label(), c.type(), c.title(),
        String.join("; ", c.authors()), c.year(), c.venue(), c.volume(), c.issue(), c.pages(),
        c.doi(), c.url(), c.language(), String.join("; ", c.keywords()), c.citedBy(),
        c.abstractText());
  }

  @Override
  public void finish() throws IOException {
    printer.flush();
  }
}
