package org.brimine.cli;

/** Turns an HTML-marked passage into terminal text: marks become **, entities characters. */
final class Passages {
  private Passages() {}

  static String plain(String html) {
    return html.replaceAll("\\s*\\n\\s*", " ").replace("<mark>", "**").replace("</mark>", "**")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
