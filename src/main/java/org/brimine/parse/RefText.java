package org.brimine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds the character-level helpers shared by the reference readers: folding full-width
 * punctuation, trimming, and reading names, pages, URLs and DOIs.
 *
 * <p>NOTE: {@link #fold} maps one character to one character, so an offset found in the folded
 * text is the same offset in the text as written. The readers match on the folded text and cut
 * titles and venues from the original, which keeps them as written.
 */
final class RefText {

  /** Connecting words allowed inside a Latin personal or corporate author name. */
  private static final List<String> NAME_PARTICLES = List.of(
      "of", "and", "for", "the", "on", "de", "del", "van", "von", "der", "den", "da", "di", "le",
      "la", "du", "bin", "al");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
  private static final Pattern LATIN_TOKEN =
      Pattern.compile("(?:\\p{Lu}\\.){1,3}-?(?:\\p{Lu}\\.?)?|\\p{Lu}[\\p{L}'’\\-]*\\.?");
  private static final Pattern CJK_NAME = Pattern.compile("[\\p{IsHan}·•]{2,25}");
  private static final Pattern ET_AL = Pattern.compile("(?i)等|et\\.? al\\.?");
  private static final Pattern PAGE_DASH = Pattern.compile("\\s*[-–—―‐‑−~～－]+\\s*");
  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s\\]>]+");
  private static final Pattern DOI = Pattern.compile(
      "(?i)(?:\\bdoi\\s*:?\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/[^\\s]+)");
  private static final Pattern HAS_INITIAL = Pattern.compile("(?:^|[\\s.])\\p{Lu}\\.?(?:\\s|$)");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d{2}|20\\d{2})(?!\\d)");

  private RefText() {}

  /** Collapses runs of whitespace (including the ideographic space) to one space and strips. */
  static String squeeze(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** Maps full-width ASCII forms and CJK list punctuation to ASCII, one char for one char. */
  static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '\uFF01' && c <= '\uFF5E') {
        chars[i] = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        chars[i] = ' ';
      } else if (c == '、') {
        chars[i] = ',';
      } else if (c == '。') {
        chars[i] = '.';
      } else if (c == '【') {
        chars[i] = '[';
      } else if (c == '】') {
        chars[i] = ']';
      }
    }
    return new String(chars);
  }

  /** Strips whitespace and the given trailing punctuation; returns null for an empty result. */
  static String trim(String text, String trailing) {
    if (text == null) {
      return null;
    }
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1))
        || trailing.indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    String out = text.substring(0, end).strip();
    return out.isEmpty() ? null : out;
  }

  /** Writes a page or page range with a plain hyphen and no spaces; null stays null. */
  static String pages(String text) {
    String t = trim(text, ".,;");
    return t == null ? null : PAGE_DASH.matcher(t).replaceAll("-");
  }

  /** The first plausible year (1800-2099) in the text, or null. */
  static Integer firstYear(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** The last plausible year (1800-2099) in the text, or null. */
  static Integer lastYear(String text) {
    Matcher m = YEAR.matcher(text);
    Integer year = null;
    while (m.find()) {
      year = Integer.valueOf(m.group(1));
    }
    return year;
  }

  /** Finds the DOI in the text, or null when there is none. */
  static Matcher doi(String text) {
    Matcher m = DOI.matcher(text);
    return m.find() ? m : null;
  }

  /** Finds the first URL that is not a DOI resolver link, or null when there is none. */
  static Matcher url(String text) {
    Matcher m = URL.matcher(text);
    while (m.find()) {
      if (!m.group().toLowerCase(Locale.ROOT).contains("doi.org/")) {
        return m;
      }
    }
    return null;
  }

  /** The DOI without its resolver prefix or trailing punctuation. */
  static String doiValue(Matcher m) {
    return m == null ? null : trim(m.group(1), ".,;");
  }

  /** The URL without trailing punctuation. */
  static String urlValue(Matcher m) {
    return m == null ? null : trim(m.group(), ".,;)");
  }

  /** Whether the string is "et al." written in English or as {@code 等}. */
  static boolean isEtAl(String piece) {
    return ET_AL.matcher(piece.strip()).matches();
  }

  /** Whether one list piece looks like a person's or an organisation's name. */
  static boolean isName(String piece) {
    String p = piece.strip();
    if (p.isEmpty()) {
      return false;
    }
    if (isEtAl(p) || CJK_NAME.matcher(p).matches()) {
      return true;
    }
    String[] tokens = p.split(" ");
    if (tokens.length > 6) {
      return false;
    }
    boolean capital = false;
    for (String token : tokens) {
      if (LATIN_TOKEN.matcher(token).matches()) {
        capital = true;
      } else if (!NAME_PARTICLES.contains(token)) {
        return false;
      }
    }
    return capital;
  }

  /**
   * Splits an author list on commas, semicolons, "&" and "and" between initialled names, writing
   * {@code 等} and "et al" as "et al."; returns null when a piece does not look like a name.
   */
  static List<String> authors(String list) {
    List<String> pieces = new ArrayList<>();
    for (String raw : list.split("\\s*[,;&]\\s*")) {
      String piece = raw.strip().replaceFirst("^and\\s+", "");
      String[] halves = piece.split("\\s+and\\s+");
      // "H. Wang and L. Zhao" is two people, "Belt and Road Forum" one organisation.
      if (halves.length == 2 && (HAS_INITIAL.matcher(halves[0]).find()
          || HAS_INITIAL.matcher(halves[1]).find())) {
        pieces.add(halves[0]);
        pieces.add(halves[1]);
      } else {
        pieces.add(piece);
      }
    }
    List<String> out = new ArrayList<>();
    for (String piece : pieces) {
      if (piece.isEmpty()) {
        continue;
      }
      if (piece.length() > 1 && piece.endsWith("等") && !isEtAl(piece)) {
        // 张三等: the name and 等 are often written together.
        out.add(piece.substring(0, piece.length() - 1).strip());
        out.add("et al.");
      } else if (isEtAl(piece)) {
        out.add("et al.");
      } else {
        out.add(piece);
      }
    }
    for (String name : out) {
      if (!name.equals("et al.") && !isName(name)) {
        return null;
      }
    }
    return out.isEmpty() ? null : out;
  }
}
