package org.brimine.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.brimine.model.Problem;

/**
 * Reads a Web of Science plain-text export ({@code savedrecs.txt}): a {@code FN}/{@code VR}
 * header, then records of two-letter tags, each value on its own line, a continuation line
 * indented by three spaces (another author, address or cited reference; or the rest of a title
 * or abstract), {@code ER} ending a record and {@code EF} the file. Fields as {@link WosRecords}
 * says. A record that is not closed by {@code ER} before the next one, or that lacks a title or
 * has a year that is not one, is rejected with its line, and the records around it are read.
 */
public final class WosTextReader {
  private static final Pattern TAG = Pattern.compile("[A-Z][A-Z0-9]");
  private final TextDecoder decoder = new TextDecoder();

  /** Reads the records of a WoS plain-text file. */
  public BibRecords read(Path file) throws IOException {
    return read(file.getFileName().toString(), decoder.decode(Files.readAllBytes(file)));
  }

  BibRecords read(String name, String text) {
    List<BibRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, List<String>> fields = null;
    String last = null;
    int start = 0;
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("   ") && fields != null && last != null) {
        fields.get(last).add(line.strip());
        continue;
      }
      String tag = line.length() >= 2 ? line.substring(0, 2) : line;
      String value = line.length() > 3 ? line.substring(3).strip() : "";
      if (!TAG.matcher(tag).matches() || (line.length() > 2 && line.charAt(2) != ' ')) {
        problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + number,
            "line " + number + " is neither a tagged field nor a continuation: '"
                + abbreviate(line) + "'"));
        continue;
      }
      if (tag.equals("FN") || tag.equals("VR") || tag.equals("EF")) {
        continue;
      }
      if (tag.equals("ER")) {
        if (fields != null) {
          add(name, start, fields, records, problems);
        }
        fields = null;
        last = null;
        continue;
      }
      if (tag.equals("PT") && fields != null) {
        problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + start,
            "the record at line " + start + " has no 'ER' end tag before the next record at line "
                + number));
        fields = null;
      }
      if (fields == null) {
        fields = new LinkedHashMap<>();
        start = number;
      }
      fields.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
      last = tag;
    }
    if (fields != null) {
      problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + start,
          "the record at line " + start + " has no 'ER' end tag"));
    }
    return new BibRecords(records, problems);
  }

  private static void add(String name, int start, Map<String, List<String>> fields,
      List<BibRecord> records, List<Problem> problems) {
    String origin = name + " record " + (records.size() + problems.size() + 1) + " (line " + start
        + ")";
    try {
      records.add(WosRecords.of(fields).build(origin, WosRecords.key(fields)));
    } catch (IllegalArgumentException e) {
      problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + start,
          "the record at line " + start + ": " + e.getMessage()));
    }
  }

  static String abbreviate(String s) {
    String flat = s.strip();
    return flat.length() > 40 ? flat.substring(0, 40) + "..." : flat;
  }
}
