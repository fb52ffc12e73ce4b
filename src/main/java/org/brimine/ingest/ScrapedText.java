package org.brimine.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.brimine.model.DataFiles;
import org.jsoup.parser.Parser;

/**
 * Cleans text scraped from a news page: HTML entities become characters, and the lines around
 * the article (menus, section names, bylines, related links, polls, share counts) are dropped,
 * keeping the lines that read as prose. Every line dropped is counted.
 *
 * <p>NOTE: a line is kept when it has at least {@value #MIN_WORDS} words and ends like a
 * sentence. Headlines without a full stop go too; the record's title keeps the headline. A news
 * agency's credit at the end of a line ("... in August. Pool via REUTERS"; the agencies are in
 * {@value #AGENCIES}) is stripped first, so the paragraph or caption before it is judged alone.
 */
public final class ScrapedText {
  private static final int MIN_WORDS = 6;
  private static final String AGENCIES = "wire-agencies.txt";
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!:;\"”’')]$");
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i).*(continues after this advertisement|all rights reserved|click here to|"
          + "subscribe to|do you like the content|the collected data is used).*");
  private static final Pattern SPACES = Pattern.compile("[\\h\\s]+");
  private static final Pattern CREDIT = creditPattern();

  /**
   * A cleaned page.
   *
   * @param text the lines kept, one paragraph each
   * @param droppedLines how many non-blank lines were dropped
   */
  public record Cleaned(String text, int droppedLines) {}

  private ScrapedText() {}

  /** The article text of a scraped page, and how many of its lines were dropped. */
  public static Cleaned clean(String scraped) {
    String text = unescape(scraped);
    List<String> kept = new ArrayList<>();
    int dropped = 0;
    for (String line : text.split("\\R")) {
      String s = SPACES.matcher(line).replaceAll(" ").strip();
      if (s.isEmpty()) {
        continue;
      }
      s = CREDIT.matcher(s).replaceFirst("").strip();
      if (s.split(" ").length >= MIN_WORDS && SENTENCE_END.matcher(s).matches()
          && !BOILERPLATE.matcher(s).matches()) {
        kept.add(s);
      } else {
        dropped++;
      }
    }
    return new Cleaned(String.join("\n\n", kept), dropped);
  }

  /**
   * Text as given with only its whitespace normalised: runs of spaces, tabs and no-break spaces
   * become one space, lines are stripped, and runs of blank lines become one blank line.
   */
  public static String normaliseWhitespace(String text) {
    StringBuilder out = new StringBuilder();
    boolean blank = false;
    for (String line : text.split("\\R", -1)) {
      String s = SPACES.matcher(line).replaceAll(" ").strip();
      if (s.isEmpty()) {
        blank = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank ? "\n\n" : "\n");
      }
      out.append(s);
      blank = false;
    }
    return out.toString();
  }

  /**
   * Decodes the HTML entities scraped text carries, named or numeric (jsoup knows the HTML 5
   * set), once: "&amp;amp;" is "&amp;". No-break spaces become spaces.
   */
  static String unescape(String s) {
    return Parser.unescapeEntities(s, false).replace('\u00a0', ' ');
  }

  /**
   * A credit at the end of a line: photographers before the agency ("Ng Han Guan/Pool via
   * REUTERS"), after it ("REUTERS/Kim Kyung-Hoon/File photo"), more agencies ("AFP, REUTERS"),
   * "FILE PHOTO", a dash before it ("—REUTERS").
   */
  private static Pattern creditPattern() {
    String agency = "(?:" + agencies().stream().map(Pattern::quote)
        .collect(Collectors.joining("|")) + ")";
    String name = "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}";
    String words = "[\\p{L}'’-]+(?: [\\p{L}'’-]+){0,3}";
    return Pattern.compile("(?:^|(?<=[ .?!\"”’')\\]]))[—–-]? ?(?:" + name + " ?/ ?)*"
        + "(?:Pool (?:Photo )?via )?" + agency + "(?: ?/ ?" + words + ")*"
        + "(?:, ?" + agency + ")*(?: FILE PHOTO)?$");
  }

  private static List<String> agencies() {
    return DataFiles.entries(ScrapedText.class, AGENCIES);
  }
}
