package org.brimine.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
  private static final Pattern TAG = Pattern.compile("^(%[0-9A-Z@+#$&^*!)(\\]>~?])\\s?(.*)$");
  private final TextDecoder decoder = new TextDecoder();

  /** Reads the records of a CNKI EndNote file. */
  public BibRecords read(Path file) throws IOException {
    return read(file.getFileName().toString(), decoder.decode(Files.readAllBytes(file)));
  }

  BibRecords read(String name, String text) {
    return CnkiRecords.read(name, text, "%0", line -> {
      Matcher m = TAG.matcher(line);
      return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }, CnkiEndNoteReader::record);
  }

  private static ExportRecord record(Map<String, List<String>> f) {
    ExportRecord r = new ExportRecord();
    r.title = CnkiRecords.first(f, "%T");
    r.authors.addAll(CnkiRecords.all(f, "%A"));
    // a Chinese address names no country ("北京大学经济学院,北京,100871")
    r.affiliations.addAll(CnkiRecords.all(f, "%+"));
    r.venue = CnkiRecords.first(f, "%J");
    r.year = CnkiRecords.first(f, "%D");
    r.volume = CnkiRecords.first(f, "%V");
    r.issue = CnkiRecords.first(f, "%N");
    r.pages = CnkiRecords.first(f, "%P");
    r.authorKeywords.addAll(CnkiRecords.all(f, "%K"));
    r.abstractText = CnkiRecords.first(f, "%X");
    r.doi = CnkiRecords.first(f, "%R");
    r.url = CnkiRecords.first(f, "%U");
    r.language = CnkiRecords.first(f, "%G");
    return r;
  }
}
