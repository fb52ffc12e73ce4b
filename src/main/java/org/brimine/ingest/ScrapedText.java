package org.brimine.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans text scraped from a news page: HTML entities become characters, and the lines around
 * the article (menus, section names, bylines, related links, polls, share counts) are dropped,
 * keeping the lines that read as prose.
 *
 * <p>NOTE: a line is kept when it has at least {@value #MIN_WORDS} words and ends like a
 * sentence. Headlines without a full stop go too; the record's title keeps the headline.
 */
public final class ScrapedText {
  private static final int MIN_WORDS = 6;
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!:;\"”’')]$");
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i).*(continues after this advertisement|all rights reserved|click here to|"
          + "subscribe to|do you like the content|the collected data is used).*");

  private ScrapedText() {}

  /** The article text of a scraped page. */
  public static String clean(String scraped) {
    String text = unescape(scraped);
    List<String> kept = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String s = line.strip().replaceAll("\\s+", " ");
      if (s.split(" ").length >= MIN_WORDS && SENTENCE_END.matcher(s).matches()
          && !BOILERPLATE.matcher(s).matches()) {
        kept.add(s);
      }
    }
    return String.join("\n\n", kept);
  }

  /** Replaces the HTML entities scraped text carries. */
  static String unescape(String s) {
    return s.replace("&nbsp;", " ").replace("\u00a0", " ").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&#039;", "'").replace("&rsquo;", "’")
        .replace("&lsquo;", "‘").replace("&ldquo;", "“").replace("&rdquo;", "”")
        .replace("&mdash;", "—").replace("&ndash;", "–").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&");
  }
}
