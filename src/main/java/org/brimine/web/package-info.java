/**
 * The web interface of {@code bri serve}: a search page, paper pages and theme summary pages
 * rendered on the server, and a JSON API under {@code /api/}, on the JDK's HTTP server.
 *
 * <p>It only reads the index, escapes everything it shows from documents, and binds to the
 * loopback address unless told otherwise.
 */
package org.brimine.web;
