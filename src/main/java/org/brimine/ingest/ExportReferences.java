package org.brimine.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;

/**
 * Reads the cited references of database exports into fields: a Web of Science {@code CR} entry
 * ({@code Hurley J, 2019, J POLICY MODEL, V41, P139, DOI 10.1016/j.jpolmod.2019.01.001}) and a
 * Scopus reference ({@code Hurley J., Morris S., Title, J. Policy Model., 41, 1, pp. 139-175,
 * (2019)}). Never throws: an entry it cannot read keeps its raw string, unparsed.
 *
 * <p>NOTE: a WoS entry has no title (WoS matches its references by author, year, volume and
 * page). A Scopus entry's title and source are told apart by position: of the parts between the
 * authors and the numbers, the last is the source and the others the title, so a title with a
 * comma stays whole, but an entry without a source reads its title as the source's.
 */
final class ExportReferences {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern COMMA = Pattern.compile(",\\s*");
  private static final Pattern NUMBER = Pattern.compile("\\d+[A-Za-z]?");
  private static final Pattern WOS_VOLUME = Pattern.compile("V(\\S+)");
  private static final Pattern WOS_PAGE = Pattern.compile("P(\\S+)");
  private static final Pattern WOS_DOI = Pattern.compile("DOI \\[?([^,\\]]+).*");
  private static final Pattern SCOPUS_YEAR = Pattern.compile("^(.*?),?\\s*\\((\\d{4})\\)\\.?$");
  private static final Pattern SCOPUS_PAGES = Pattern.compile("pp?\\.\\s*(\\S+)");
  /** "Hurley J.", "Li X.-Y.", "van der Berg J.A.", "Smith-Jones P." */
  private static final Pattern SCOPUS_AUTHOR =
      Pattern.compile("[\\p{L}'’\\- ]+ (\\p{Lu}\\.(?:-?\\p{Lu}\\.)*)|et al\\.");

  private ExportReferences() {}

  /** A Web of Science {@code CR} entry. */
  static Reference wos(String raw) {
    String entry = raw.strip();
    String[] parts = COMMA.split(entry);
    List<String> authors = new ArrayList<>();
    Integer year = null;
    String venue = null;
    String volume = null;
    String page = null;
    String doi = null;
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      Matcher m;
      if (i == 0 && !YEAR.matcher(part).matches()) {
        if (!part.equals("[Anonymous]")) {
          authors.add(part);
        }
      } else if (year == null && venue == null && YEAR.matcher(part).matches()) {
        year = Integer.valueOf(part);
      } else if ((m = WOS_DOI.matcher(part)).matches()) {
        doi = m.group(1).strip();
        break;
      } else if (venue != null && (m = WOS_VOLUME.matcher(part)).matches() && volume == null) {
        volume = m.group(1);
      } else if (venue != null && (m = WOS_PAGE.matcher(part)).matches() && page == null) {
        page = m.group(1);
      } else if (venue == null && !part.isEmpty()) {
        venue = part;
      }
    }
    if (year == null && venue == null) {
      return Reference.unparsed(entry);
    }
    return new Reference(entry, ReferenceStyle.WOS_CITED, authors, null, "J", venue, null, year,
        volume, null, page, null, null, doi);
  }

  /** A Scopus reference. */
  static Reference scopus(String raw) {
    String entry = raw.strip();
    Matcher y = SCOPUS_YEAR.matcher(entry);
    if (!y.matches()) {
      return Reference.unparsed(entry);
    }
    int year = Integer.parseInt(y.group(2));
    String[] parts = COMMA.split(y.group(1));
    List<String> authors = new ArrayList<>();
    int i = 0;
    while (i < parts.length && SCOPUS_AUTHOR.matcher(parts[i].strip()).matches()) {
      authors.add(parts[i].strip().equals("et al.") ? "et al." : parts[i].strip());
      i++;
    }
    List<String> words = new ArrayList<>();
    String volume = null;
    String issue = null;
    String pages = null;
    for (; i < parts.length; i++) {
      String part = parts[i].strip();
      Matcher p = SCOPUS_PAGES.matcher(part);
      if (p.matches()) {
        pages = p.group(1).replace('–', '-');
      } else if (NUMBER.matcher(part).matches() && !words.isEmpty()) {
        if (volume == null) {
          volume = part;
        } else if (issue == null) {
          issue = part;
        }
      } else if (volume == null && pages == null) {
        words.add(part);
      }
    }
    String title = null;
    String venue = null;
    if (words.size() == 1) {
      venue = words.get(0);
    } else if (words.size() > 1) {
      venue = words.get(words.size() - 1);
      title = String.join(", ", words.subList(0, words.size() - 1));
    }
    return new Reference(entry, ReferenceStyle.SCOPUS, authors, title, "J", venue, null, year,
        volume, issue, pages, null, null, null);
  }
}
