package org.brimine.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brimine.model.Problem;

/**
 * Reads a Scopus CSV export: a header row naming the columns, one record a row (a quoted field
 * may hold line breaks). Read: Authors, Title, Year, Source title, Volume, Issue, Page start,
 * Page end (else Art. No.), Cited by, DOI, Link, Affiliations, Abstract, Author Keywords, Index
 * Keywords, References (separated by "; "), Language of Original Document, EID. A row that
 * cannot be read is rejected with its line, and the other rows are read.
 */
public final class ScopusCsvReader {
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader()
      .setSkipHeaderRecord(true).setAllowMissingColumnNames(true).build();
  private final TextDecoder decoder = new TextDecoder();

  /** Reads the records of a Scopus CSV file. */
  public BibRecords read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String text = decoder.decode(Files.readAllBytes(file));
    List<BibRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      int counted = 0;
      long line = 1;
      for (CSVRecord row : parser) {
        // lines counted forward from the last row: a quoted field may hold line breaks
        for (long end = Math.min(row.getCharacterPosition(), text.length()); counted < end;
            counted++) {
          line += text.charAt(counted) == '\n' ? 1 : 0;
        }
        try {
          records.add(record(row).build(name + " line " + line, key(row)));
        } catch (IllegalArgumentException e) {
          problems.add(new Problem(name + " line " + line, "malformed-record",
              "the record at line " + line + ": " + e.getMessage()));
        }
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      problems.add(new Problem(name, "malformed-record", "not readable as CSV: "
          + e.getMessage()));
    }
    return new BibRecords(records, problems);
  }

  private static ExportRecord record(CSVRecord row) {
    ExportRecord r = new ExportRecord();
    r.title = get(row, "Title");
    String authors = get(row, "Authors");
    if (authors != null && !authors.equals("[No author name available]")) {
      // "Hurley J.; Morris S." in current exports, "Hurley J., Morris S." in older ones
      if (authors.contains(";")) {
        ExportRecord.addSplit(r.authors, authors);
      } else {
        for (String a : authors.split("(?<=\\.),\\s*")) {
          r.authors.add(a.strip());
        }
      }
    }
    r.year = get(row, "Year");
    r.venue = get(row, "Source title");
    r.volume = get(row, "Volume");
    r.issue = get(row, "Issue");
    String start = get(row, "Page start");
    String end = get(row, "Page end");
    r.pages = start == null ? get(row, "Art. No.") : end == null ? start : start + "-" + end;
    r.timesCited = get(row, "Cited by");
    r.doi = get(row, "DOI");
    r.url = get(row, "Link");
    r.abstractText = get(row, "Abstract");
    if (r.abstractText != null && r.abstractText.equals("[No abstract available]")) {
      r.abstractText = null;
    }
    ExportRecord.addSplit(r.authorKeywords, get(row, "Author Keywords"));
    ExportRecord.addSplit(r.indexedKeywords, get(row, "Index Keywords"));
    List<String> affiliations = new ArrayList<>();
    ExportRecord.addSplit(affiliations, get(row, "Affiliations"));
    affiliations.forEach(r::affiliation);
    r.language = get(row, "Language of Original Document");
    String eid = get(row, "EID");
    if (eid != null) {
      r.databaseIds.add(eid);
    }
    String refs = get(row, "References");
    if (refs != null) {
      for (String ref : refs.split(";\\s+(?=\\S)")) {
        if (!ref.isBlank()) {
          r.references.add(ExportReferences.scopus(ref));
        }
      }
    }
    return r;
  }

  private static String key(CSVRecord row) {
    String eid = get(row, "EID");
    String doi = get(row, "DOI");
    return eid != null ? "EID " + eid : doi != null ? "doi " + doi : null;
  }

  private static String get(CSVRecord row, String column) {
    if (!row.isMapped(column) || !row.isSet(column)) {
      return null;
    }
    String value = row.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
