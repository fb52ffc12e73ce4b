package org.brimine.parse;

/**
 * Tells Chinese from English text by the share of its letters in each script: Han characters
 * against Latin letters. Deterministic and instant; it knows no other languages.
 *
 * <p>A Han character carries about as much as a short English word, and an English word has
 * about five letters, so the text is Chinese when Han characters are at least {@link
 * #HAN_SHARE} of the letters: a Chinese paragraph naming "Belt and Road Initiative (BRI)" stays
 * Chinese, an English one quoting 一带一路 stays English.
 */
public final class LanguageDetector {
  /** Chinese. */
  public static final String CHINESE = "zh";
  /** English. */
  public static final String ENGLISH = "en";
  /** The share of Han characters among the letters from which text is Chinese. */
  static final double HAN_SHARE = 0.2;

  private LanguageDetector() {}

  /**
   * The language of {@code text}: {@link #CHINESE} or {@link #ENGLISH}, or null when it has
   * neither Han characters nor Latin letters (numbers, punctuation, nothing).
   */
  public static String detect(CharSequence text) {
    if (text == null) {
      return null;
    }
    long han = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      if (c < 0x80) {
        // an ASCII letter is Latin: English text skips the script lookup (a binary search),
        // which every paragraph of every paper goes through twice (parser, annotation runs)
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          latin++;
        }
        continue;
      }
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HAN) {
        han++;
      } else if (script == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    if (han + latin == 0) {
      return null;
    }
    return han >= HAN_SHARE * (han + latin) ? CHINESE : ENGLISH;
  }

  /** The metadata's language when given, else the language detected in {@code text}. */
  public static String of(String given, CharSequence text) {
    return given != null ? given : detect(text);
  }
}
