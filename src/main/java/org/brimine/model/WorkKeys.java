package org.brimine.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The keys by which two records are known to be the same work, strongest first: the DOI; the
 * database's own id (WoS UT, Scopus EID); the first author's surname with the year, volume and
 * first page (how Web of Science matches its cited references); the normalised title with the
 * year and the first author's surname. Two records sharing any key are one work, the earlier key
 * deciding when they share several with different records.
 *
 * <p>NOTE: a surname is what stands before the comma ("Hurley, J."), else the name without its
 * trailing initials ("Hurley J", "van der Berg JA"), letters only and lower case; a Chinese name
 * is kept whole ("王明"). So "Wang Ming" and "王明" are two authors: the title key cannot join
 * a pinyin reference to a Chinese paper.
 */
public final class WorkKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}[.\\-]*){1,4}");
  private static final Pattern PAGE_DASH = Pattern.compile("[-–]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DOI_PREFIX =
      Pattern.compile("^(https?://(dx\\.)?doi\\.org/|doi:?\\s*)");

  private WorkKeys() {}

  /**
   * The keys of a work, strongest first; a key whose parts are not all known is left out.
   *
   * @param doi the DOI, or null
   * @param databaseIds the databases' ids
   * @param firstAuthor the first author as written, or null
   * @param year the year, or null
   * @param volume the volume, or null
   * @param firstPage the first page, or null
   * @param title the title, or null
   */
  public static List<String> of(String doi, List<String> databaseIds, String firstAuthor,
      Integer year, String volume, String firstPage, String title) {
    List<String> keys = new ArrayList<>();
    String d = doi(doi);
    if (d != null) {
      keys.add("doi:" + d);
    }
    for (String id : databaseIds) {
      if (id != null && !id.isBlank()) {
        keys.add("db:" + id.strip().toLowerCase(Locale.ROOT));
      }
    }
    String surname = surname(firstAuthor);
    String v = token(volume);
    String p = token(firstPage);
    if (!surname.isEmpty() && year != null && !v.isEmpty() && !p.isEmpty()) {
      keys.add("avp:" + surname + "|" + year + "|" + v + "|" + p);
    }
    String t = token(title);
    if (!t.isEmpty() && year != null && !surname.isEmpty()) {
      keys.add("tya:" + t + "|" + year + "|" + surname);
    }
    return keys;
  }

  /** The keys of a parsed reference. */
  public static List<String> of(Reference r) {
    return of(r.doi(), List.of(), r.authors().isEmpty() ? null : r.authors().get(0), r.year(),
        r.volume(), r.pages() == null ? null : PAGE_DASH.split(r.pages(), 2)[0], r.title());
  }

  /** The keys of a paper from its metadata and, when it came from an export, its fields. */
  public static List<String> of(PaperMetadata m) {
    ExportFields e = m.exported();
    return of(m.doi(), e == null ? List.of() : e.databaseIds(),
        m.authors().isEmpty() ? null : m.authors().get(0), m.year(),
        e == null ? null : e.volume(), e == null ? null : e.firstPage(), m.title());
  }

  /** A DOI as compared: lower case, without a resolver or "doi:" prefix; null when none. */
  public static String doi(String doi) {
    if (doi == null || doi.isBlank()) {
      return null;
    }
    return DOI_PREFIX.matcher(doi.strip().toLowerCase(Locale.ROOT)).replaceFirst("").strip();
  }

  /** The surname of an author as written, normalised (see the class comment); "" when none. */
  public static String surname(String author) {
    if (author == null || author.isBlank()) {
      return "";
    }
    String name = author.strip();
    if (Romanisation.hasHan(name)) {
      return token(name);
    }
    if (name.contains(",")) {
      return token(name.substring(0, name.indexOf(',')));
    }
    String[] words = SPACES.split(name);
    int end = words.length;
    // trailing initials: "J", "JA", "J.", "J.-A."
    while (end > 1 && INITIALS.matcher(words[end - 1]).matches()) {
      end--;
    }
    return token(String.join(" ", java.util.Arrays.copyOf(words, end)));
  }

  /** Letters and digits only, accents dropped, lower case (full-width forms folded). */
  static String token(String s) {
    if (s == null) {
      return "";
    }
    String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    return NOT_WORD.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)).replaceAll("");
  }
}
