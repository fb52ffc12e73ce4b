package org.brimine.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.CitedReference;
import org.brimine.model.ExportFields;
import org.brimine.model.Hashes;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Reference;

/**
 * The fields of one record of a database export as its reader collects them, turned into a
 * {@link BibRecord} whose metadata carries {@link ExportFields}. The record's text is its
 * abstract, or its title when it has none: an export record is a paper even without an abstract.
 *
 * <p>NOTE: each cited reference gets a provisional id from its raw string; the import links it
 * to the record of the work it cites (see the cli's ExportLinker), which decides its real id.
 */
final class ExportRecord {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern SEMICOLON = Pattern.compile("[;；]");

  String title;
  final List<String> authors = new ArrayList<>();
  String year;
  String venue;
  String doi;
  String url;
  String language;
  String abstractText;
  final List<String> databaseIds = new ArrayList<>();
  String volume;
  String issue;
  String pages;
  final List<String> authorKeywords = new ArrayList<>();
  final List<String> indexedKeywords = new ArrayList<>();
  final List<String> affiliations = new ArrayList<>();
  final List<String> countries = new ArrayList<>();
  String timesCited;
  final List<Reference> references = new ArrayList<>();

  /**
   * The record, or an {@link IllegalArgumentException} whose message says what is wrong with it
   * (no title, a year or citation count that is not a number), quoting the bad value.
   */
  BibRecord build(String origin, String key) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("the record has no title");
    }
    Integer y = null;
    if (year != null && !year.isBlank()) {
      Matcher m = YEAR.matcher(year);
      if (!m.find()) {
        throw new IllegalArgumentException("the year '" + year.strip() + "' is not a year");
      }
      y = Integer.valueOf(m.group(1));
    }
    Integer cited = null;
    if (timesCited != null && !timesCited.isBlank()) {
      if (!timesCited.strip().matches("\\d{1,9}")) {
        throw new IllegalArgumentException("the citation count '" + timesCited.strip()
            + "' is not a number");
      }
      cited = Integer.valueOf(timesCited.strip());
    }
    List<CitedReference> cites = references.stream()
        .map(r -> new CitedReference("ref-" + Hashes.sha256Prefix(r.raw(), 4), r)).toList();
    ExportFields fields = new ExportFields(databaseIds, volume, issue, pages, authorKeywords,
        indexedKeywords, affiliations, countries, cited, null, cites);
    PaperMetadata meta = new PaperMetadata(title.strip(), authors, y, venue, doi, url,
        language(language), null, null, fields);
    String text = abstractText != null && !abstractText.isBlank() ? abstractText : title;
    return new BibRecord(meta, text, origin, 0, key);
  }

  /**
   * The pages of a record from its first and last page ("139-175", or "139" without a last
   * page), else its article number; null when it has none.
   */
  static String pages(String first, String last, String articleNumber) {
    return first == null ? articleNumber : last == null ? first : first + "-" + last;
  }

  /** Adds the parts of a value separated by semicolons ("a; b;c"). */
  static void addSplit(List<String> to, String value) {
    if (value != null) {
      Arrays.stream(SEMICOLON.split(value)).map(String::strip).filter(s -> !s.isEmpty())
          .forEach(to::add);
    }
  }

  /**
   * The country at the end of an address, as written: "Peoples R China" from "Peking Univ, Sch
   * Econ, Beijing 100871, Peoples R China."; "USA" from "..., Washington, DC 20036 USA". Null
   * for an address of one part.
   */
  static String country(String address) {
    String a = address.strip().replaceFirst("[.。]$", "");
    int comma = a.lastIndexOf(',');
    if (comma < 0) {
      return null;
    }
    String last = a.substring(comma + 1).strip();
    // US addresses end with the state, zip and country in one part
    if (last.matches("(?:[A-Z]{2} )?(?:\\d{5}(?:-\\d{4})? )?USA")) {
      return "USA";
    }
    return last.matches(".*\\d.*") || last.isEmpty() ? null : last;
  }

  /** Adds an affiliation and its country. */
  void affiliation(String address) {
    String a = address.strip();
    if (a.isEmpty()) {
      return;
    }
    affiliations.add(a);
    String c = country(a);
    if (c != null) {
      countries.add(c);
    }
  }

  /** An ISO 639-1 code for a language name as exports write it, else the name as given. */
  private static String language(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String n = name.strip().replaceAll("[;；]+$", "").toLowerCase(Locale.ROOT);
    return switch (n) {
      case "english", "英文", "英语", "en" -> "en";
      case "chinese", "中文", "汉语", "zh" -> "zh";
      default -> null;
    };
  }
}
