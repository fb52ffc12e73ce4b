package org.brimine.web;

import static org.brimine.report.Html.escape;

import java.util.Map;

/** The frame of every page: head, header with the search box, and the main element. */
final class Layout {
  private Layout() {}

  /**
   * A whole page.
   *
   * @param title the page title (escaped here)
   * @param query the query to show in the search box (escaped here)
   * @param hidden filters to keep when a new query is typed
   * @param body the page's main content, already safe HTML
   */
  static String page(String title, String query, Map<String, String> hidden, String body) {
    StringBuilder h = new StringBuilder(body.length() + 2048);
    h.append("<!DOCTYPE html><html lang=en><head><meta charset=utf-8>")
        .append("<meta name=viewport content=\"width=device-width,initial-scale=1\">")
        .append("<title>").append(escape(title)).append(" · bri-miner</title>")
        .append("<link rel=stylesheet href=\"/static/style.css\"></head><body><header>")
        .append("<nav><a href=\"/\">bri-miner</a><a href=\"/themes\">Themes</a></nav>")
        .append("<form action=\"/\" method=get role=search>")
        .append("<input type=search name=q aria-label=\"Query\" placeholder=\"Search the Belt "
            + "and Road literature, e.g. theme:financial-integration AND AIIB\" value=\"")
        .append(escape(query)).append("\">");
    hidden.forEach((k, v) -> h.append("<input type=hidden name=\"").append(escape(k))
        .append("\" value=\"").append(escape(v)).append("\">"));
    h.append("<button type=submit>Search</button></form></header><main>").append(body)
        .append("</main></body></html>\n");
    return h.toString();
  }

  /** A short help on the query syntax. */
  static String syntaxHelp() {
    return "<details class=help><summary>Query syntax</summary><p>Words and "
        + "<code>\"phrases\"</code>, <code>AND</code> <code>OR</code> <code>NOT</code>, "
        + "<code>wild*</code>, <code>term^2</code>; fields: <code>title:</code> "
        + "<code>author:\"Wang Nan\"</code> <code>venue:</code> <code>year:[2015 TO 2018]</code> "
        + "<code>theme:financial-integration</code> <code>org:AIIB</code> "
        + "<code>country:Laos</code> <code>entity:\"Silk Road Fund\"</code> "
        + "<code>kind:reference</code> <code>type:J</code>.</p></details>";
  }
}
