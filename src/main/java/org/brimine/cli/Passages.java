package org.brimine.cli;

import org.jsoup.parser.Parser;

/**
 * Turns an HTML-marked passage into terminal text: marks become **, entities (named or numeric,
 * decoded by jsoup) characters.
 */
final class Passages {
  private Passages() {}

  static String plain(String html) {
    return html.replaceAll("\\s*\\n\\s*", " ").replace("<mark>", "**").replace("</mark>", "**")
        .transform(s -> Parser.unescapeEntities(s, false));
  }
}
