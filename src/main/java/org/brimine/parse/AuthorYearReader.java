package org.brimine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;

/**
 * Reads author-year entries: APA ({@code Smith, J., & Jones, B. (2018). Title. Journal, 5(2),
 * 10–20.}), Harvard ({@code Smith, J. (2018) 'Title', Journal, 5(2), pp. 10-20.}) and Chicago
 * author-date ({@code Smith, John. 2018. "Title." Journal 5 (2): 10–20.}).
 *
 * <p>It needs the entry without its list label and with whitespace squeezed; it returns empty
 * when no year follows an author list.
 */
final class AuthorYearReader {

  private static final Pattern YEAR_IN_PARENS =
      Pattern.compile("\\(\\s*(\\d{4})[a-z]?(?:,[^)]*)?\\s*\\)\\.?");
  private static final Pattern YEAR_BETWEEN_DOTS = Pattern.compile("\\.\\s+(\\d{4})[a-z]?\\.");
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.\\s?-?)+");
  private static final Pattern END_INITIAL = Pattern.compile("(?:^|[\\s.,-])\\p{Lu}\\.$");
  private static final Pattern QUOTED = Pattern.compile("^['‘\"“](.+?)[,.]?['’\"”](?=[\\s,.]|$)");
  private static final Pattern RETRIEVED =
      Pattern.compile("(?i)retrieved(?: on)?\\s+(.*?\\d{4}),?\\s+from\\s*");
  private static final Pattern AVAILABLE = Pattern.compile("(?i)\\[?online]?\\.?|available at:?");
  private static final Pattern JOURNAL = Pattern.compile(
      "^(?<venue>.+?),?\\s+(?:vol\\.\\s*)?(?<vol>\\d+[A-Za-z]?)\\s*(?:\\((?<issue>[^)]+)\\))?"
          + "\\s*(?:[,:]\\s*(?:pp?\\.\\s*)?"
          + "(?<pages>[0-9A-Za-z]+(?:\\s*[-–—]\\s*[0-9A-Za-z]+)?))?$");
  private static final Pattern PLACE_PUBLISHER =
      Pattern.compile("^(?<place>[^:.]+):\\s*(?<venue>[^:]+)$");
  private static final Pattern PUBLISHER_WORD = Pattern.compile(
      "(?i).*\\b(press|publish\\w*|books|verlag|springer|routledge|elsevier|wiley|palgrave"
          + "|macmillan|edward elgar)\\b.*|.*出版社.*");

  /** Reads the entry, or returns empty when it is not an author-year entry. */
  Optional<Reference> read(String raw) {
    Matcher year = YEAR_IN_PARENS.matcher(raw);
    if (!year.find()) {
      year = YEAR_BETWEEN_DOTS.matcher(raw);
      if (!year.find()) {
        return Optional.empty();
      }
    }
    List<String> authors = authors(RefText.trim(raw.substring(0, year.start()), ","));
    String rest = RefText.trim(raw.substring(year.end()).replaceFirst("^[\\s.,]+", ""), "");
    if (authors == null || rest == null) {
      return Optional.empty();
    }
    String title;
    String after;
    Matcher quoted = QUOTED.matcher(rest);
    if (quoted.find()) {
      title = quoted.group(1);
      after = rest.substring(quoted.end());
    } else {
      Matcher end = Pattern.compile("[.?!](?:\\s|$)").matcher(rest);
      int cut = end.find() ? end.start() : rest.length();
      title = rest.substring(0, cut + (cut < rest.length() && rest.charAt(cut) != '.' ? 1 : 0));
      after = rest.substring(Math.min(rest.length(), cut + 1));
    }
    return Optional.of(source(raw, authors, RefText.trim(title, ".,"),
        Integer.valueOf(year.group(1)), after));
  }

  /** Reads the venue part after the title into a reference. */
  private static Reference source(String raw, List<String> authors, String title, Integer year,
      String after) {
    Matcher url = RefText.url(after);
    Matcher doi = RefText.doi(after);
    String accessed = NumberedReader.accessed(after);
    Matcher retrieved = RETRIEVED.matcher(after);
    int end = after.length();
    end = url == null ? end : Math.min(end, url.start());
    end = doi == null ? end : Math.min(end, doi.start());
    if (retrieved.find()) {
      end = Math.min(end, retrieved.start());
      accessed = RefText.trim(retrieved.group(1), ", ");
    }
    String text = AVAILABLE.matcher(after.substring(0, end)).replaceAll("");
    String src = RefText.trim(text.replaceFirst("^[\\s.,]+", ""), ".,; ");
    String venue = null;
    String place = null;
    String volume = null;
    String issue = null;
    String pages = null;
    String type = null;
    Matcher m;
    if (src == null) {
      type = url != null ? "EB/OL" : null;
    } else if ((m = JOURNAL.matcher(src)).matches()) {
      venue = RefText.trim(m.group("venue"), ",. ");
      volume = m.group("vol");
      issue = m.group("issue");
      pages = RefText.pages(m.group("pages"));
      type = "J";
    } else if ((m = PLACE_PUBLISHER.matcher(src)).matches()) {
      place = RefText.trim(m.group("place"), " ");
      venue = RefText.trim(m.group("venue"), ". ");
      type = "M";
    } else {
      venue = src;
      type = PUBLISHER_WORD.matcher(src).matches() ? "M" : url != null ? "EB/OL" : null;
    }
    return new Reference(raw, ReferenceStyle.AUTHOR_YEAR, authors, title, type, venue, place,
        year, volume, issue, pages, RefText.urlValue(url), accessed, RefText.doiValue(doi));
  }

  /**
   * Splits "Smith, J., & Jones, B." into "Smith, J." and "Jones, B.": a piece of initials belongs
   * to the surname before it. Returns null when the text is not an author list.
   */
  private static List<String> authors(String text) {
    if (text == null) {
      return null;
    }
    List<String> pieces = RefText.authors(text);
    if (pieces == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String piece : pieces) {
      // "Smith, J." in APA; "Chen, Xiangming" for the first author in Chicago.
      boolean givenName = out.size() == 1 && pieces.size() >= 2 && !piece.contains(" ")
          && !out.get(0).contains(" ") && !piece.equals("et al.");
      if (!out.isEmpty() && (INITIALS.matcher(piece).matches() || givenName)) {
        out.set(out.size() - 1, out.get(out.size() - 1) + ", " + piece);
      } else {
        out.add(piece);
      }
    }
    // The dot that ends the list is not part of "World Bank", but is part of "Jones, B.".
    int lastIndex = out.size() - 1;
    String last = out.get(lastIndex);
    if (last.endsWith(".") && !last.equals("et al.") && !END_INITIAL.matcher(last).find()) {
      out.set(lastIndex, last.substring(0, last.length() - 1));
    }
    return out;
  }
}
