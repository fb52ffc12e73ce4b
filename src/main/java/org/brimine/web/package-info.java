/**
 * The web interface of {@code bri serve}: a search page, paper pages and theme summary pages
 * rendered on the server, and a JSON API under {@code /api/}, on the JDK's HTTP server.
 *
 * <p>It only reads the index, escapes everything it shows from documents (the pages are the
 * templates of {@code src/main/jte/web}), and binds to the loopback address unless told
 * otherwise. What serves which path is one table, {@link org.brimine.web.Routes}.
 */
package org.brimine.web;
