package org.brimine.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  static final CnkiRecords.Format FORMAT = new CnkiRecords.Format("RT",
      Pattern.compile("^([A-Z][A-Z0-9]|vo)(?: (.*))?$"),
      // title, authors, affiliations, journal, year, volume, issue, pages, keywords, abstract,
      // DOI, URL, language
      "T1", "A1", "AD", "JF", "YR", "vo", "IS", "OP", "K1", "AB", "DO", "LK", "LA");
  private final TextDecoder decoder = new TextDecoder();

  /** Reads the records of a CNKI RefWorks file. */
  public BibRecords read(Path file) throws IOException {
    return read(file.getFileName().toString(), decoder.decode(Files.readAllBytes(file)));
  }

  BibRecords read(String name, String text) {
    return CnkiRecords.read(name, text, FORMAT);
  }
}
