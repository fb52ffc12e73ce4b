package org.brimine.model;

import com.ibm.icu.text.Transliterator;

/**
 * Writes Chinese text in ASCII letters (pinyin without tones, one word a character), for the
 * readable part of ids and file names: {@code 一带一路倡议} becomes {@code yi dai yi lu chang yi}.
 *
 * <p>NOTE: ICU romanises each character by its most common reading, so a character of several
 * readings may come out wrong in a word ({@code 亚投行} is {@code ya tou xing}, not
 * {@code ya tou hang}); readable parts of ids are for people, and the hash of an id is taken
 * over the characters, so this never joins two works. The ICU version is pinned in the pom
 * because another version may read a character differently.
 */
public final class Romanisation {
  /** ICU's rules: Han characters to pinyin, then accents and other Latin letters to ASCII. */
  static final String RULES = "Han-Latin; Latin-ASCII";

  private Romanisation() {}

  /**
   * One transliterator for the whole program, used under its own lock: ICU does not promise
   * that one instance serves several threads at once.
   *
   * <p>NOTE: built when the first text is romanised, not when this class loads: building it
   * costs about 0.3 s of CPU (BENCHMARKS.md, English ingest), and {@link #hasHan}, which every
   * English title goes through, must not pay for it.
   */
  private static final class Icu {
    static final Transliterator TRANSLITERATOR = Transliterator.getInstance(RULES);
  }

  /** Whether the text has a Han character, and so is romanised before it is made a slug. */
  public static boolean hasHan(CharSequence text) {
    return text != null && text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** The text in ASCII: Han characters as toneless pinyin words, accents dropped. */
  public static String toAscii(String text) {
    synchronized (Icu.TRANSLITERATOR) {
      return Icu.TRANSLITERATOR.transliterate(text);
    }
  }
}
