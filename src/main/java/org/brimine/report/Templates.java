package org.brimine.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the HTML templates of {@code src/main/jte}: pages of the web server and the HTML
 * summaries. Every value a template shows is escaped for where it stands (element text or
 * attribute value); an attribute whose value is null is left out, which is how {@code lang} is
 * set only on Chinese text.
 *
 * <p>The templates are compiled to classes at build time (the jte-maven-plugin), into the
 * package of their folder: {@code web/search.jte} becomes a class of {@code org.brimine.web},
 * so it may read that package's own types.
 */
public final class Templates {
  /**
   * NOTE: the engine only looks up the precompiled template classes (and remembers which it
   * found); it holds no state of a page.
   */
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(),
          "org.brimine");

  private Templates() {}

  /**
   * The page a template makes of one value.
   *
   * @param template the template's path under src/main/jte, such as {@code "web/search.jte"}
   * @param model the template's one parameter
   */
  public static String render(String template, Object model) {
    StringOutput out = new StringOutput(16 * 1024);
    ENGINE.render(template, model, out);
    return out.toString();
  }
}
