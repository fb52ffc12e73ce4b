package org.brimine.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.Problem;

/**
 * Reads the tagged, blank-line separated records of CNKI's exports: each line a tag and its
 * value, a record starting at its own first tag ({@code %0} in EndNote, {@code RT} in RefWorks),
 * a line without a tag continuing the value before it. The tags' meaning is the format's: see
 * {@link CnkiEndNoteReader} and {@link CnkiRefWorksReader}.
 */
final class CnkiRecords {
  /** How a format's line is split into its tag and value; null when the line has no tag. */
  interface Tagging {
    String[] split(String line);
  }

  /**
   * A CNKI format: the tag that starts a record, how a line is split (the tag the pattern's
   * first group, the value its second, which may be absent), and the tag of each field read.
   * A field's value may hold several items separated by semicolons (authors, affiliations,
   * keywords).
   */
  record Format(String startTag, Pattern line, String title, String authors,
      String affiliations, String venue, String year, String volume, String issue, String pages,
      String keywords, String abstractText, String doi, String url, String language) {}

  private CnkiRecords() {}

  /** The records of a text in this format: a record that cannot be read is a problem. */
  static BibRecords read(String name, String text, Format format) {
    return read(name, text, format.startTag(), line -> {
      Matcher m = format.line().matcher(line);
      return m.matches() ? new String[] {m.group(1), m.group(2) == null ? "" : m.group(2)} : null;
    }, fields -> record(fields, format));
  }

  /** The record of one record's fields, read by the format's tags. */
  private static ExportRecord record(Map<String, List<String>> f, Format tags) {
    ExportRecord r = new ExportRecord();
    r.title = first(f, tags.title());
    r.authors.addAll(all(f, tags.authors()));
    // a Chinese address names no country ("北京大学经济学院,北京,100871")
    r.affiliations.addAll(all(f, tags.affiliations()));
    r.venue = first(f, tags.venue());
    r.year = first(f, tags.year());
    r.volume = first(f, tags.volume());
    r.issue = first(f, tags.issue());
    r.pages = first(f, tags.pages());
    r.authorKeywords.addAll(all(f, tags.keywords()));
    r.abstractText = first(f, tags.abstractText());
    r.doi = first(f, tags.doi());
    r.url = first(f, tags.url());
    r.language = first(f, tags.language());
    return r;
  }

  /**
   * The records of a text; a record the builder refuses ({@link IllegalArgumentException}) is a
   * problem naming its line.
   */
  static BibRecords read(String name, String text, String startTag, Tagging tagging,
      Function<Map<String, List<String>>, ExportRecord> builder) {
    List<BibRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, List<String>> fields = null;
    String last = null;
    int start = 0;
    String[] lines = text.split("\\R");
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : "";
      if (line.isBlank() || (i < lines.length && startTag.equals(tagOf(tagging, line)))) {
        if (fields != null) {
          add(name, start, fields, builder, records, problems);
          fields = null;
          last = null;
        }
        if (line.isBlank()) {
          continue;
        }
      }
      String[] tagged = tagging.split(line);
      if (tagged == null) {
        if (fields != null && last != null) {
          List<String> values = fields.get(last);
          values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
        } else {
          problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + (i + 1), "line "
              + (i + 1) + " is outside a record: '" + WosTextReader.abbreviate(line) + "'"));
        }
        continue;
      }
      if (fields == null) {
        fields = new LinkedHashMap<>();
        start = i + 1;
      }
      fields.computeIfAbsent(tagged[0], t -> new ArrayList<>()).add(tagged[1].strip());
      last = tagged[0];
    }
    return new BibRecords(records, problems);
  }

  private static String tagOf(Tagging tagging, String line) {
    String[] tagged = tagging.split(line);
    return tagged == null ? null : tagged[0];
  }

  private static void add(String name, int start, Map<String, List<String>> fields,
      Function<Map<String, List<String>>, ExportRecord> builder, List<BibRecord> records,
      List<Problem> problems) {
    try {
      ExportRecord r = builder.apply(fields);
      records.add(r.build(name + " line " + start, r.doi == null ? null : "doi " + r.doi));
    } catch (IllegalArgumentException e) {
      problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + start,
          "the record at line " + start + ": " + e.getMessage()));
    }
  }

  /** The first value of a tag, or null. */
  static String first(Map<String, List<String>> f, String tag) {
    List<String> values = f.get(tag);
    return values == null || values.isEmpty() || values.get(0).isBlank() ? null
        : values.get(0).strip();
  }

  /** Every value of a tag, each split at semicolons. */
  static List<String> all(Map<String, List<String>> f, String tag) {
    List<String> out = new ArrayList<>();
    f.getOrDefault(tag, List.of()).forEach(v -> ExportRecord.addSplit(out, v));
    return out;
  }
}
