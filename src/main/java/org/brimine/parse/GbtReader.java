package org.brimine.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;

/**
 * Reads a GB/T 7714 entry, {@code Authors. Title[TYPE]. Publication}, in half-width or
 * full-width punctuation.
 *
 * <p>It needs the entry without its list label and with whitespace squeezed; it adds every field
 * it finds, and returns empty when the entry carries no document type code.
 */
final class GbtReader {

  /** GB/T 7714-2015 document type codes, and the carrier codes that may follow a slash. */
  static final List<String> TYPE_CODES = List.of(
      "EB", "CP", "DB", "DS", "J", "M", "D", "C", "N", "R", "S", "P", "G", "A", "Z");
  static final List<String> CARRIER_CODES = List.of("OL", "MT", "DK", "CD");
  /** Codes of works printed inside a collection, whose venue is the collection's title. */
  private static final List<String> CONTAINED_CODES = List.of("C", "G", "A");

  private static final Pattern TYPE = Pattern.compile("\\[\\s*(" + String.join("|", TYPE_CODES)
      + ")(?:\\s*/\\s*(" + String.join("|", CARRIER_CODES) + "))?\\s*]");
  private static final Pattern ACCESSED = Pattern.compile("\\[\\s*(\\d{4}-\\d{1,2}-\\d{1,2})\\s*]");
  /** Longest author list looked for; it bounds the scan over candidate dots. */
  private static final int MAX_AUTHORS_LENGTH = 600;
  private static final Pattern INITIAL_NEXT = Pattern.compile("^\\s*(?:\\p{Lu}\\.|,)");

  /** {@code Venue, 2018, 37(5): 12-20} and its variants {@code 2017, (12)} and {@code 2015(1)}. */
  private static final Pattern PERIODICAL = Pattern.compile(
      "^\\s*(?<venue>.+?)\\s*,\\s*(?<year>\\d{4})\\s*,?\\s*(?<vol>[^,(:\\s][^,(:]*?)?\\s*"
          + "(?:\\(\\s*(?<issue>[^)]*?)\\s*\\))?\\s*(?::\\s*(?<pages>.+?))?\\s*$");
  /** {@code Place: Publisher, 2015: 12-20}, place and pages optional. */
  private static final Pattern BOOK = Pattern.compile(
      "^\\s*(?:(?<place>[^:]+?)\\s*:\\s*)?(?<venue>[^:]+?)\\s*,\\s*(?<year>\\d{4})[a-z]?"
          + "(?:-\\d{1,2}){0,2}\\s*(?::\\s*(?<pages>[^,]+?))?\\s*$");
  /** {@code Newspaper, 2017-05-15(3)}, also a web site with its date. */
  private static final Pattern DATED = Pattern.compile(
      "^\\s*(?<venue>.+?)\\s*,\\s*(?<year>\\d{4})(?:-\\d{1,2}){0,2}\\s*"
          + "(?:\\(\\s*(?<pages>[^)]*?)\\s*\\))?\\s*$");
  /** {@code (2015-03-28)} or {@code 2006-12-13}: a date alone. */
  private static final Pattern DATE_ONLY =
      Pattern.compile("^\\s*\\(?\\s*(?<year>\\d{4})(?:-\\d{1,2}){0,2}\\s*\\)?\\s*$");

  /** The entry as written and folded to ASCII punctuation, with equal offsets. */
  private record Source(String raw, String norm) {
    String cut(int start, int end, String trailing) {
      return start < 0 ? null : RefText.trim(raw.substring(start, end), trailing);
    }
  }

  /** Reads the entry, or returns empty when it has no GB/T document type code. */
  Optional<Reference> read(String raw) {
    Source src = new Source(raw, RefText.fold(raw));
    Matcher type = TYPE.matcher(src.norm());
    if (!type.find() || type.start() == 0) {
      return Optional.empty();
    }
    String code = type.group(2) == null ? type.group(1) : type.group(1) + "/" + type.group(2);

    int boundary = authorBoundary(src.norm(), type.start());
    List<String> authors = boundary < 0 ? List.of()
        : RefText.authors(src.norm().substring(0, boundary));
    String title = src.cut(boundary + 1, type.start(), ".,;: ");

    String tail = src.norm().substring(type.end());
    Matcher accessed = ACCESSED.matcher(tail);
    boolean hasAccessed = accessed.find();
    Matcher url = RefText.url(tail);
    Matcher doi = RefText.doi(tail);
    int pubEnd = tail.length();
    pubEnd = Math.min(pubEnd, hasAccessed ? accessed.start() : pubEnd);
    pubEnd = Math.min(pubEnd, url == null ? pubEnd : url.start());
    pubEnd = Math.min(pubEnd, doi == null ? pubEnd : doi.start());

    Fields f = publication(src, type.end(), type.end() + pubEnd, type.group(1));
    return Optional.of(new Reference(raw, ReferenceStyle.GBT7714, authors, title, code,
        f.venue(), f.place(), f.year(), f.volume(), f.issue(), f.pages(), RefText.urlValue(url),
        hasAccessed ? accessed.group(1) : null, RefText.doiValue(doi)));
  }

  /** Publication fields read from the part after the type code. */
  private record Fields(String venue, String place, Integer year, String volume, String issue,
      String pages) {}

  /**
   * Finds the dot that ends the author list before {@code end}, or -1 when the part before the
   * type code does not start with authors (standards and anonymous works).
   */
  private static int authorBoundary(String norm, int end) {
    int limit = Math.min(end, MAX_AUTHORS_LENGTH);
    for (int i = norm.indexOf('.'); i > 0 && i < limit; i = norm.indexOf('.', i + 1)) {
      String rest = norm.substring(i + 1, end);
      if (rest.isBlank()) {
        return -1;
      }
      if (RefText.authors(norm.substring(0, i)) != null && !INITIAL_NEXT.matcher(rest).find()) {
        return i;
      }
    }
    return -1;
  }

  /** Reads venue, place, year, volume, issue and pages from {@code norm[start, end)}. */
  private static Fields publication(Source src, int start, int end, String code) {
    String norm = src.norm();
    // Drop the dots and slashes between the type code and the publication: "[C]//", "[J]. ".
    while (start < end && ".,/ ".indexOf(norm.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && ".,; ".indexOf(norm.charAt(end - 1)) >= 0) {
      end--;
    }
    // A part of a collection names the collection (after its editors) before "Place: Publisher,
    // Year"; a book may put its edition there. Journals and newspapers have one segment.
    String container = null;
    int last = code.equals("J") || code.equals("N") ? start : lastSegment(norm, start, end);
    if (last > start) {
      if (CONTAINED_CODES.contains(code)) {
        container = src.cut(lastSegment(norm, start, last - 1), last - 1, ". ");
      }
      start = last;
    }
    List<Pattern> order = switch (code) {
      case "J" -> List.of(PERIODICAL, DATED, BOOK, DATE_ONLY);
      case "N" -> List.of(DATED, PERIODICAL, DATE_ONLY);
      default -> List.of(BOOK, DATED, DATE_ONLY, PERIODICAL);
    };
    for (Pattern pattern : order) {
      Matcher m = pattern.matcher(norm).region(start, end);
      if (m.matches()) {
        return fields(src, m, pattern, container);
      }
    }
    return new Fields(container, null, RefText.firstYear(norm.substring(start, end)), null, null,
        null);
  }

  /**
   * The start of the last segment of {@code norm[start, end)}, segments being ended by a dot
   * before a space or a CJK character ("2版.北京"), not by the dot inside "200610171314.3".
   */
  private static int lastSegment(String norm, int start, int end) {
    for (int i = end - 2; i >= start; i--) {
      char next = norm.charAt(i + 1);
      if (norm.charAt(i) == '.' && (next == ' '
          || Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN)) {
        return i + 1;
      }
    }
    return start;
  }

  private static Fields fields(Source src, Matcher m, Pattern pattern, String container) {
    String venue = pattern == DATE_ONLY ? null : src.cut(m.start("venue"), m.end("venue"), ",. ");
    String place = pattern == BOOK ? src.cut(m.start("place"), m.end("place"), " ") : null;
    String volume = pattern == PERIODICAL ? m.group("vol") : null;
    String issue = pattern == PERIODICAL ? m.group("issue") : null;
    String pages = pattern == DATE_ONLY ? null : RefText.pages(m.group("pages"));
    return new Fields(container != null ? container : venue, place,
        Integer.valueOf(m.group("year")), RefText.trim(volume, " "), RefText.trim(issue, " "),
        pages);
  }
}
