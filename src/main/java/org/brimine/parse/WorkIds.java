package org.brimine.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.brimine.model.Hashes;
import org.brimine.model.Reference;
import org.brimine.model.Romanisation;

/**
 * Stable record ids for works, so that the same work cited by two papers, or cited and later
 * added in full, is one record.
 *
 * <p>An id is {@code <year>-<first words of the title>-<hash>}, e.g.
 * {@code 2017-discussion-financial-cooperation-background-3f2a9c1b}: the hash is taken over the
 * normalised title (Unicode NFKC, lower case, letters and digits only) and the year, so case,
 * punctuation, quote style and full-width forms do not change it.
 *
 * <p>A title with Han characters is romanised for its words (see {@link Romanisation}), e.g.
 * {@code 2021-yi-dai-yi-lu-chang-yi-xia-ya-tou-xing-966c9a45} for 《“一带一路”倡议下亚投行的发展研究》;
 * its hash is over the characters, like any title's, and other titles' ids are as they were.
 *
 * <p>NOTE: an id holds nothing but the title and year, not the first author: a reference and
 * the paper it cites, added later, must get the same id, and a paper added without authors, or
 * with its authors written another way ("李明" in the reference, "Li Ming" or "李 明" in the
 * paper's metadata), would otherwise be two records.
 */
public final class WorkIds {
  private static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "of", "on", "in", "and",
      "to", "for", "under", "with", "its", "by", "at", "from", "as");
  private static final int SLUG_WORDS = 5;
  /** A romanised character is one syllable, not a word: ten make the title readable. */
  private static final int ROMANISED_WORDS = 10;
  /**
   * The longest word kept whole in an id, and the longest readable part (ASCII, so also bytes):
   * an id is a Lucene term and is looked up with its variants, so it must stay short whatever the
   * title (a title of one 40,000-letter word aborted the import). Normal titles' ids are as they
   * were; the hash, over the whole title, still tells long titles apart.
   */
  private static final int MAX_WORD = 40;
  private static final int MAX_SLUG = 100;

  private WorkIds() {}

  /** The id of a work with this title and year (year may be null). */
  public static String forWork(String title, Integer year) {
    String norm = normaliseTitle(title);
    if (norm.isEmpty()) {
      throw new IllegalArgumentException("a work id needs a title with letters, got '" + title + "'");
    }
    String slug = Romanisation.hasHan(norm) ? romanisedWords(norm, ROMANISED_WORDS, "-")
        : Arrays.stream(norm.split(" "))
            .filter(w -> !STOP_WORDS.contains(w) && w.chars().allMatch(c -> c < 128))
            .limit(SLUG_WORDS)
            .collect(Collectors.joining("-"));
    slug = bounded(slug);
    String yearPart = year == null ? "nd" : year.toString();
    String hash = Hashes.sha256Prefix(norm.replace(" ", "") + "|" + yearPart, 4);
    return yearPart + "-" + (slug.isEmpty() ? "" : slug + "-") + hash;
  }

  /** The slug with each word cut to {@link #MAX_WORD} letters, and whole words to {@link #MAX_SLUG}. */
  private static String bounded(String slug) {
    StringBuilder kept = new StringBuilder();
    for (String word : slug.split("-")) {
      String cut = word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word;
      if (kept.length() + 1 + cut.length() > MAX_SLUG) {
        break;
      }
      kept.append(kept.length() == 0 ? "" : "-").append(cut);
    }
    return kept.toString();
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
    String ascii = Romanisation.hasHan(slug) ? romanisedWords(slug, Integer.MAX_VALUE, " ") : slug;
    return "doc-" + ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
  }

  /**
   * The first {@code limit} ASCII words of the romanised text, joined by {@code separator}. No
   * stop words: a pinyin syllable is many characters ("de" is 的 and 德, "an" is 安 and 按).
   */
  private static String romanisedWords(String text, int limit, String separator) {
    return Arrays.stream(Romanisation.toAscii(text).toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
        .filter(w -> !w.isEmpty())
        .limit(limit)
        .collect(Collectors.joining(separator));
  }

  /** Lower case, NFKC, quotes and punctuation dropped, words separated by one space. */
  static String normaliseTitle(String title) {
    String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
