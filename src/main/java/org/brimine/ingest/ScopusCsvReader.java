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
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setAllowMissingColumnNames(true).build();
  private final TextDecoder decoder = new TextDecoder();

  /**
   * Reads the records of a Scopus CSV file, one row at a time from the line it starts on. A row
   * that breaks the CSV rules (a stray quote) is rejected by its line, and reading resumes at the
   * next line on which a row of the header's columns starts, so that the rest is read.
   */
  public BibRecords read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String text = decoder.decode(Files.readAllBytes(file));
    List<BibRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Integer> starts = lineStarts(text);
    Row header;
    try {
      header = row(text, starts.get(0), FORMAT);
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name,
          "the header at line 1 is not readable as CSV: " + e.getMessage()));
      return new BibRecords(records, problems);
    }
    if (header == null) {
      return new BibRecords(records, problems);
    }
    CSVFormat rows = FORMAT.builder().setHeader(header.record().values()).build();
    int columns = header.record().size();
    int line = header.lines();
    while (line < starts.size()) {
      Row row;
      try {
        row = row(text, starts.get(line), rows);
      } catch (IllegalStateException | java.io.UncheckedIOException e) {
        problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + (line + 1),
            "the record at line " + (line + 1) + " is not readable as CSV: " + e.getMessage()));
        line = resync(text, starts, line + 1, rows, columns);
        continue;
      }
      if (row == null) {
        break;
      }
      // blank lines before a row are skipped by the parser: the row starts after them
      int first = line;
      while (first < starts.size() - 1 && text.substring(starts.get(first),
          starts.get(first + 1)).isBlank()) {
        first++;
      }
      String label = name + " line " + (first + 1);
      try {
        records.add(record(row.record()).build(label, key(row.record())));
      } catch (IllegalArgumentException e) {
        problems.add(Rejection.Reason.MALFORMED_RECORD.problem(label,
            "the record at line " + (first + 1) + ": " + e.getMessage()));
      }
      line += Math.max(1, row.lines());
    }
    return new BibRecords(records, problems);
  }

  /** A row read, and how many lines it took (its line breaks, blank lines before it included). */
  private record Row(CSVRecord record, int lines) {}

  /** The row that starts at this offset, or null at the end of the text. */
  private static Row row(String text, int offset, CSVFormat format) throws IOException {
    StringReader in = new StringReader(text);
    in.skip(offset);
    CSVParser parser = CSVParser.parse(in, format);
    var rows = parser.iterator();
    if (!rows.hasNext()) {
      return null;
    }
    CSVRecord record = rows.next();
    return new Row(record, (int) parser.getCurrentLineNumber());
  }

  /**
   * The first line from {@code line} on where a row of the header's number of columns starts
   * (the rows after a malformed one); past the last line when none does.
   */
  private static int resync(String text, List<Integer> starts, int line, CSVFormat format,
      int columns) throws IOException {
    for (; line < starts.size(); line++) {
      try {
        Row row = row(text, starts.get(line), format);
        if (row == null || row.record().size() == columns) {
          return line;
        }
      } catch (IllegalStateException | java.io.UncheckedIOException e) {
        // a line inside the malformed row: on to the next
      }
    }
    return line;
  }

  /** The offset of each line's first character. */
  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        if (i + 1 < text.length()) {
          starts.add(i + 1);
        }
      }
    }
    return starts;
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
    r.pages = ExportRecord.pages(get(row, "Page start"), get(row, "Page end"),
        get(row, "Art. No."));
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
