package org.brimine.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits token text into the pieces that gazetteer names are matched on: dashes of every kind
 * become one ASCII hyphen piece, curly apostrophes straight ones.
 *
 * <p>Each Han character is a piece of its own: the Chinese segmenter may cut a name into
 * several words (亚洲 基础设施 投资 银行) or join it with the next, and the English tokenizer
 * that reads the gazetteer keeps a Han run whole; on characters the name matches wherever its
 * first and last characters are word boundaries.
 *
 * <p>NOTE: CoreNLP splits "China-Laos" into three tokens but may keep "China–Laos" (en-dash)
 * whole; matching on pieces split at dashes makes both spellings match the same name.
 */
final class NamePieces {
  private NamePieces() {}

  static List<String> of(String tokenText) {
    String s = tokenText.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDash(c)) {
        if (current.length() > 0) {
          pieces.add(current.toString());
          current.setLength(0);
        }
        pieces.add("-");
      } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        if (current.length() > 0) {
          pieces.add(current.toString());
          current.setLength(0);
        }
        pieces.add(String.valueOf(c));
      } else {
        current.append(c);
      }
    }
    if (current.length() > 0) {
      pieces.add(current.toString());
    }
    return pieces;
  }

  static boolean isDash(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
        || c == '\u2014' || c == '\u2212';
  }
}
