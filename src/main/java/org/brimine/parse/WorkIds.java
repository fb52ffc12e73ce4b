package org.brimine.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.brimine.model.Hashes;
import org.brimine.model.Reference;

/**
 * Stable record ids for works, so that the same work cited by two papers, or cited and later
 * added in full, is one record.
 *
 * <p>An id is {@code <year>-<first words of the title>-<hash>}, e.g.
 * {@code 2017-discussion-financial-cooperation-background-3f2a9c1b}: the hash is taken over the
 * normalised title (Unicode NFKC, lower case, letters and digits only) and the year, so case,
 * punctuation, quote style and full-width forms do not change it.
 */
public final class WorkIds {
  private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "on", "in", "and",
      "to", "for", "under", "with", "its", "by", "at", "from", "as");
  private static final int SLUG_WORDS = 5;

  private WorkIds() {}

  /** The id of a work with this title and year (year may be null). */
  public static String forWork(String title, Integer year) {
    String norm = normaliseTitle(title);
    if (norm.isEmpty()) {
      throw new IllegalArgumentException("a work id needs a title with letters, got '" + title + "'");
    }
    String slug = Arrays.stream(norm.split(" "))
        .filter(w -> !STOP_WORDS.contains(w) && w.chars().allMatch(c -> c < 128))
        .limit(SLUG_WORDS)
        .collect(Collectors.joining("-"));
    String yearPart = year == null ? "nd" : year.toString();
    String hash = Hashes.sha256Prefix(norm.replace(" ", "") + "|" + yearPart, 4);
    return yearPart + "-" + (slug.isEmpty() ? "" : slug + "-") + hash;
  }

  /** The id of the work a reference cites; an unparsed entry is identified by its raw text. */
  public static String forReference(Reference reference) {
    if (reference.title() != null && !normaliseTitle(reference.title()).isEmpty()) {
      return forWork(reference.title(), reference.year());
    }
    return "ref-" + Hashes.sha256Prefix(normaliseTitle(reference.raw()), 4);
  }

  /**
   * The id a paper gets: from its title and year when its metadata has a title, else from its
   * slug (see {@link PaperParser}).
   */
  public static String forPaper(org.brimine.model.PaperMetadata metadata, String slug) {
    return metadata.title() != null ? forWork(metadata.title(), metadata.year()) : forSlug(slug);
  }

  /** The id of a paper known only by its file name (its title was inferred, not given). */
  public static String forSlug(String slug) {
    return "doc-" + slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
  }

  /** Lower case, NFKC, quotes and punctuation dropped, words separated by one space. */
  static String normaliseTitle(String title) {
    String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
