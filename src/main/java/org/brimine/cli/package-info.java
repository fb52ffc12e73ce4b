/**
 * The {@code bri} command line (picocli): wires the stages together for ingest, search, show,
 * list and the reference parser, and turns errors into messages and exit codes.
 */
package org.brimine.cli;
