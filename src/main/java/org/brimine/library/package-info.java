/**
 * The application layer: wires the stages into what a librarian and a researcher do (ingest a
 * corpus, take in documents, build the product's annotator and theme stage with their caches),
 * for the command line and the web server to call. It prints nothing; what it did comes back as
 * values.
 */
package org.brimine.library;
