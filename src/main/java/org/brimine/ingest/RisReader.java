package org.brimine.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Problem;

/**
 * Reads RIS, the tagged format reference managers export: {@code TY  - JOUR} starts a record,
 * {@code ER  - } ends it. Read: {@code TI}/{@code T1} title, {@code AU}/{@code A1} authors,
 * {@code PY}/{@code Y1}/{@code DA} year, the venue from {@code JF}, {@code JO}, {@code T2},
 * {@code BT}, {@code JA} or else the publisher {@code PB}, {@code AB}/{@code N2} abstract,
 * {@code UR}, {@code DO}, {@code LA}. A line without a tag continues the field before it. A
 * record without its {@code ER} before the next {@code TY} or the end of the file is rejected
 * with its line, and the records around it are read.
 */
public final class RisReader {
  private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");
  private static final List<String> VENUE_TAGS = List.of("JF", "JO", "T2", "BT", "JA", "PB");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})");
  private final TextDecoder decoder = new TextDecoder();

  /** Reads the records of a RIS file. */
  public BibRecords read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String text = decoder.decode(Files.readAllBytes(file));
    List<BibRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, List<String>> fields = null;
    String last = null;
    int start = 0;
    int seen = 0;
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      Matcher m = TAG.matcher(lines[i].stripTrailing());
      if (!m.matches()) {
        if (fields != null && last != null && !lines[i].isBlank()) {
          List<String> values = fields.get(last);
          values.set(values.size() - 1, values.get(values.size() - 1) + " " + lines[i].strip());
        }
        continue;
      }
      String tag = m.group(1);
      String value = m.group(2) == null ? "" : m.group(2).strip();
      if (tag.equals("TY")) {
        if (fields != null) {
          problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + start, "the record at "
              + "line " + start + " has no 'ER  - ' end tag before the next record at line "
              + (i + 1)));
        }
        fields = new LinkedHashMap<>();
        start = i + 1;
        seen++;
      } else if (fields == null) {
        problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + (i + 1),
            "line " + (i + 1) + ": tag '" + tag + "' outside a record (no 'TY  - ' before it)"));
        continue;
      }
      if (tag.equals("ER")) {
        records.add(record(fields, name + " record " + seen + " (line " + start + ")"));
        fields = null;
        last = null;
        continue;
      }
      fields.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
      last = tag;
    }
    if (fields != null) {
      problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + start,
          "the record at line " + start + " has no 'ER  - ' end tag"));
    }
    return new BibRecords(records, problems);
  }

  private static BibRecord record(Map<String, List<String>> f, String origin) {
    List<String> authors = new ArrayList<>();
    authors.addAll(f.getOrDefault("AU", List.of()));
    authors.addAll(f.getOrDefault("A1", List.of()));
    String title = first(f, "TI", "T1", "CT");
    String venue = first(f, VENUE_TAGS.toArray(String[]::new));
    String date = first(f, "PY", "Y1", "DA");
    Integer year = null;
    if (date != null) {
      Matcher y = YEAR.matcher(date);
      year = y.find() ? Integer.valueOf(y.group(1)) : null;
    }
    PaperMetadata meta = new PaperMetadata(title, authors, year, venue, first(f, "DO"),
        first(f, "UR"), first(f, "LA"));
    String abstractText = first(f, "AB", "N2");
    String id = first(f, "ID");
    return new BibRecord(meta, abstractText, origin + " [" + first(f, "TY") + "]", 0,
        id == null || id.isBlank() ? null : "ID " + id.strip());
  }

  private static String first(Map<String, List<String>> fields, String... tags) {
    for (String tag : tags) {
      List<String> values = fields.get(tag);
      if (values != null && !values.isEmpty() && !values.get(0).isBlank()) {
        return values.get(0);
      }
    }
    return null;
  }
}
