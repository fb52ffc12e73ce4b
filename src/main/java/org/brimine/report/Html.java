package org.brimine.report;

/**
 * URL pieces for HTML pages. Escaping for HTML is the templates' (see {@link Templates}).
 */
public final class Html {
  private Html() {}

  /** A path segment (an id) for a URL. */
  public static String urlSegment(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }
}
