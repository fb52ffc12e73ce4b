package org.brimine.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CNKI's RefWorks export: {@code RT} type, {@code SR} source kind, {@code A1} authors,
 * {@code AD} affiliations, {@code T1} title, {@code JF} journal, {@code YR} year, {@code vo}
 * volume, {@code IS} issue, {@code OP} pages, {@code K1} keywords, {@code AB} abstract,
 * {@code LA} language, {@code LK} link, {@code DO} DOI; {@code SN} ISSN, {@code CN} serial
 * number and {@code DS} database are read past. Values may hold several items separated by
 * semicolons. UTF-8 or GB18030.
 */
public final class CnkiRefWorksReader {
  private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9]|vo)(?: (.*))?$");
  private final TextDecoder decoder = new TextDecoder();

  /** Reads the records of a CNKI RefWorks file. */
  public BibRecords read(Path file) throws IOException {
    return read(file.getFileName().toString(), decoder.decode(Files.readAllBytes(file)));
  }

  BibRecords read(String name, String text) {
    return CnkiRecords.read(name, text, "RT", line -> {
      Matcher m = TAG.matcher(line);
      return m.matches() ? new String[] {m.group(1), m.group(2) == null ? "" : m.group(2)} : null;
    }, CnkiRefWorksReader::record);
  }

  private static ExportRecord record(Map<String, List<String>> f) {
    ExportRecord r = new ExportRecord();
    r.title = CnkiRecords.first(f, "T1");
    r.authors.addAll(CnkiRecords.all(f, "A1"));
    // a Chinese address names no country ("北京大学经济学院,北京,100871")
    r.affiliations.addAll(CnkiRecords.all(f, "AD"));
    r.venue = CnkiRecords.first(f, "JF");
    r.year = CnkiRecords.first(f, "YR");
    r.volume = CnkiRecords.first(f, "vo");
    r.issue = CnkiRecords.first(f, "IS");
    r.pages = CnkiRecords.first(f, "OP");
    r.authorKeywords.addAll(CnkiRecords.all(f, "K1"));
    r.abstractText = CnkiRecords.first(f, "AB");
    r.doi = CnkiRecords.first(f, "DO");
    r.url = CnkiRecords.first(f, "LK");
    r.language = CnkiRecords.first(f, "LA");
    return r;
  }
}
