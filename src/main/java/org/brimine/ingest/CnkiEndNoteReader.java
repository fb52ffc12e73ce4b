package org.brimine.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads CNKI's EndNote export (the Refer tagged format): {@code %0} type, {@code %A} authors,
 * {@code %+} affiliations, {@code %T} title, {@code %J} journal, {@code %D} year, {@code %V}
 * volume, {@code %N} issue, {@code %K} keywords, {@code %X} abstract, {@code %P} pages,
 * {@code %R} DOI, {@code %U} URL, {@code %G} language; {@code %@} ISSN, {@code %L} CN serial
 * number and {@code %W} database are read past. Values may hold several items separated by
 * semicolons. UTF-8 or GB18030.
 */
public final class CnkiEndNoteReader {
  static final CnkiRecords.Format FORMAT = new CnkiRecords.Format("%0",
      Pattern.compile("^(%[0-9A-Z@+#$&^*!)(\\]>~?])\\s?(.*)$"),
      // title, authors, affiliations, journal, year, volume, issue, pages, keywords, abstract,
      // DOI, URL, language
      "%T", "%A", "%+", "%J", "%D", "%V", "%N", "%P", "%K", "%X", "%R", "%U", "%G");
  private final TextDecoder decoder = new TextDecoder();

  /** Reads the records of a CNKI EndNote file. */
  public BibRecords read(Path file) throws IOException {
    return read(file.getFileName().toString(), decoder.decode(Files.readAllBytes(file)));
  }

  BibRecords read(String name, String text) {
    return CnkiRecords.read(name, text, FORMAT);
  }
}
