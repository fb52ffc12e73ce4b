package org.brimine.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.brimine.model.Problem;

/**
 * Reads a Web of Science tab-delimited export: a header row of field tags ({@code PT\tAU\t...}),
 * then one record a row, with the values of a many-valued field (authors, addresses, cited
 * references) separated by "; ". Fields as {@link WosRecords} says. A row that cannot be read
 * is rejected with its line, and the other rows are read.
 *
 * <p>NOTE: WoS does not quote its tab-delimited fields, so quotes are read as text; the
 * "; " inside an address's bracketed author list ({@code [Hurley, J; Morris, S] Ctr ...}) does
 * not split the address.
 */
public final class WosTabReader {
  private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setQuote(null)
      .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false)
      .setAllowMissingColumnNames(true).build();
  private static final List<String> MANY = List.of("AU", "AF", "CR", "C1");
  private final TextDecoder decoder = new TextDecoder();

  /** Reads the records of a WoS tab-delimited file. */
  public BibRecords read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String text = decoder.decode(Files.readAllBytes(file));
    List<BibRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      List<String> header = parser.getHeaderNames();
      for (CSVRecord row : parser) {
        // the header is line 1; a row's number is its line as WoS writes one record a line
        long line = row.getRecordNumber() + 1;
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < row.size(); i++) {
          String tag = header.get(i).strip();
          String value = row.get(i);
          if (!value.isBlank()) {
            fields.put(tag, MANY.contains(tag) ? split(value) : new ArrayList<>(List.of(value)));
          }
        }
        if (fields.isEmpty()) {
          continue;
        }
        try {
          records.add(WosRecords.of(fields).build(name + " line " + line, WosRecords.key(fields)));
        } catch (IllegalArgumentException e) {
          problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + line,
              "the record at line " + line + ": " + e.getMessage()));
        }
      }
    }
    return new BibRecords(records, problems);
  }

  /** A many-valued field's values: split at "; " outside square brackets. */
  static List<String> split(String value) {
    List<String> values = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == ';' && depth == 0) {
        values.add(value.substring(from, i).strip());
        from = i + 1;
      }
    }
    values.add(value.substring(from).strip());
    values.removeIf(String::isEmpty);
    return values;
  }
}
