package org.brimine.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;

/**
 * Reads English numbered-style entries: IEEE ({@code A. Smith, "Title," Journal, vol. 5, no. 2,
 * pp. 10-20, 2018.}) and Vancouver ({@code Smith J, Jones B. Title. Journal. 2018;5(2):10-20.}).
 *
 * <p>It needs the entry without its list label and with whitespace squeezed; it returns empty
 * when the entry has neither shape.
 */
final class NumberedReader {

  private static final Pattern IEEE = Pattern.compile(
      "^(?<authors>[^\"“”]+?),?\\s*[\"“](?<title>[^\"”“]+?)[,.]?\\s*[\"”]\\s*[,.]?\\s*"
          + "(?<rest>.*)$");
  private static final Pattern VOLUME = Pattern.compile("\\bvol\\.\\s*([^,\\s]+)");
  private static final Pattern NUMBER = Pattern.compile("\\bno\\.\\s*([^,\\s]+)");
  private static final Pattern PAGES =
      Pattern.compile("\\bpp?\\.\\s*([0-9A-Za-z]+(?:\\s*[-–—]\\s*[0-9A-Za-z]+)?)");
  private static final Pattern ACCESSED = Pattern.compile(
      "(?i)(?:\\(accessed:?\\s*([^)]+)\\)|\\baccessed:?\\s*([^.\\]]+\\d{4})"
          + "|\\[cited\\s+([^\\]]+)])");
  private static final Pattern ONLINE =
      Pattern.compile("(?i)\\s*\\[(?:online|internet)]\\.?|\\s*available(?: from| at)?:");

  /** {@code Journal. 2018 Mar;5(2):10-20}: the year, then a semicolon. */
  private static final Pattern VANCOUVER_ISSUE = Pattern.compile(
      "(?<year>\\d{4})(?:\\s+[A-Z][a-z]{2}(?:\\s+\\d{1,2})?)?\\s*;\\s*(?<vol>[^(:\\s;]+)?\\s*"
          + "(?:\\((?<issue>[^)]+)\\))?\\s*(?::\\s*(?<pages>[0-9A-Za-z]+(?:\\s*[-–—]\\s*"
          + "[0-9A-Za-z]+)?))?");
  /** {@code Title. 2nd ed. Place: Publisher; 2010.} */
  private static final Pattern VANCOUVER_BOOK = Pattern.compile(
      "^(?<title>.+?)\\.\\s+(?:[^.]*\\bed\\.\\s+)?(?<place>[^.:;]+):\\s*(?<venue>[^;:]+);\\s*"
          + "(?<year>\\d{4})");

  /** Reads the entry, or returns empty when it is neither IEEE nor Vancouver. */
  Optional<Reference> read(String raw) {
    Matcher ieee = IEEE.matcher(raw);
    if (ieee.matches()) {
      List<String> authors = RefText.authors(ieee.group("authors"));
      if (authors != null) {
        return Optional.of(ieee(raw, authors, RefText.trim(ieee.group("title"), ",."),
            ieee.group("rest")));
      }
    }
    return vancouver(raw);
  }

  private static Reference ieee(String raw, List<String> authors, String title, String rest) {
    Matcher url = RefText.url(rest);
    Matcher doi = RefText.doi(rest);
    int end = rest.length();
    end = url == null ? end : Math.min(end, url.start());
    end = doi == null ? end : Math.min(end, doi.start());
    String source = rest.substring(0, end);
    Matcher online = ONLINE.matcher(source);
    boolean isOnline = online.find();
    String head = isOnline ? source.substring(0, online.start()) : source;

    String volume = group(VOLUME, source);
    String issue = group(NUMBER, source);
    String pages = RefText.pages(group(PAGES, source));
    // The dot of an abbreviated venue ("IEEE Trans. Eng. Manag.") is kept, except before
    // "[Online]", where it ends the venue.
    String venue = RefText.trim(head.split(",")[0], isOnline ? ". " : " ");
    boolean inProceedings = venue != null && venue.startsWith("in ");
    if (inProceedings) {
      venue = RefText.trim(venue.substring(3), " ");
    }
    if (venue != null && (venue.matches("(?i)(vol|no|pp?)\\..*") || RefText.firstYear(venue)
        != null && venue.length() <= 10)) {
      venue = null;
    }
    String type = inProceedings ? "C"
        : volume != null || issue != null || pages != null ? "J"
        : url != null ? "EB/OL" : null;
    return new Reference(raw, ReferenceStyle.NUMBERED, authors, title, type, venue, null,
        RefText.lastYear(head), volume, issue, pages, RefText.urlValue(url), accessed(rest),
        RefText.doiValue(doi));
  }

  private static Optional<Reference> vancouver(String raw) {
    int dot = raw.indexOf(". ");
    if (dot <= 0) {
      return Optional.empty();
    }
    List<String> authors = RefText.authors(raw.substring(0, dot));
    if (authors == null) {
      return Optional.empty();
    }
    String rest = raw.substring(dot + 2);
    Matcher url = RefText.url(rest);
    Matcher doi = RefText.doi(rest);
    Matcher issue = VANCOUVER_ISSUE.matcher(rest);
    if (issue.find()) {
      String before = RefText.trim(rest.substring(0, issue.start()), ". ");
      int split = before == null ? -1 : before.lastIndexOf(". ");
      if (split < 0) {
        return Optional.empty();
      }
      return Optional.of(new Reference(raw, ReferenceStyle.NUMBERED, authors,
          RefText.trim(before.substring(0, split), "."), "J",
          RefText.trim(before.substring(split + 2), ". "), null,
          Integer.valueOf(issue.group("year")), issue.group("vol"), issue.group("issue"),
          RefText.pages(issue.group("pages")), RefText.urlValue(url), accessed(rest),
          RefText.doiValue(doi)));
    }
    Matcher book = VANCOUVER_BOOK.matcher(rest);
    if (book.find()) {
      String title = book.group("title").replaceFirst("\\s*\\[Internet]$", "");
      boolean online = url != null;
      return Optional.of(new Reference(raw, ReferenceStyle.NUMBERED, authors,
          RefText.trim(title, "."), online ? "EB/OL" : "M", RefText.trim(book.group("venue"), ". "),
          RefText.trim(book.group("place"), " "), Integer.valueOf(book.group("year")), null, null,
          null, RefText.urlValue(url), accessed(rest), RefText.doiValue(doi)));
    }
    return Optional.empty();
  }

  /** The access date as written: "(accessed Mar. 1, 2019)", "Accessed: ...", "[cited ...]". */
  static String accessed(String text) {
    Matcher m = ACCESSED.matcher(text);
    if (!m.find()) {
      return null;
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return RefText.trim(m.group(g), ".,; ");
      }
    }
    return null;
  }

  private static String group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
