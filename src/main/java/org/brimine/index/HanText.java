package org.brimine.index;

import java.util.Locale;

/**
 * How the text fields analyse runs of Chinese (Han) characters. Text without Han characters is
 * analysed the same way whichever is chosen, so English ranking does not depend on it.
 */
public enum HanText {
  /** One token per character, as Lucene's StandardTokenizer gives (before issue 15). */
  CHARACTERS,
  /** Words from Lucene's SmartChinese segmenter (an HMM over its dictionary). */
  WORDS,
  /** Overlapping pairs of characters (CJKBigramFilter); a lone character stays a token. */
  BIGRAMS,
  /**
   * The segmenter's words, where two or more one-character words in a row (what it leaves of a
   * word its dictionary lacks) become overlapping pairs of characters.
   */
  WORDS_AND_BIGRAMS;

  /** The product's choice, measured on the zh-news collection (BENCHMARKS.md). */
  public static final HanText DEFAULT = WORDS_AND_BIGRAMS;

  /** The choice named by {@code name}, case-insensitively. */
  public static HanText of(String name) {
    for (HanText h : values()) {
      if (h.name().equalsIgnoreCase(name.strip())) {
        return h;
      }
    }
    throw new IllegalArgumentException("unknown Chinese analysis '" + name + "'; expected "
        + "characters, words, bigrams or words_and_bigrams");
  }

  /** The name as options spell it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
