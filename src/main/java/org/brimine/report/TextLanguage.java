package org.brimine.report;

/**
 * The language to mark an element of record text with, for pages whose own language is English:
 * {@code lang=zh} on a title, passage or name in Chinese, so that browsers pick Chinese fonts
 * and line breaking, and screen readers a Chinese voice.
 *
 * <p>The language is told from the text's script, element by element, since one record shows
 * text in both languages (a CNKI paper's Chinese and English titles, an English paper citing a
 * Chinese work): the text is Chinese when Han characters are at least a fifth of its letters (a
 * Han character carries about as much as a short English word). This is the one place that
 * decides it; where a record's language is known it can be asked for instead.
 */
public final class TextLanguage {
  /** Chinese, as an HTML {@code lang} value. */
  public static final String CHINESE = "zh";
  /** The share of Han characters among the letters from which text is Chinese. */
  static final double HAN_SHARE = 0.2;

  private TextLanguage() {}

  /** {@link #CHINESE} when the text is Chinese, else null (the page's language, English). */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    long han = 0;
    long letters = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          han++;
        }
      }
    }
    return han > 0 && han >= HAN_SHARE * letters ? CHINESE : null;
  }

  /**
   * The attribute, with its leading space, for an element showing this text: {@code " lang=zh"}
   * for Chinese text, else nothing.
   */
  public static String attribute(String text) {
    return CHINESE.equals(of(text)) ? " lang=" + CHINESE : "";
  }
}
