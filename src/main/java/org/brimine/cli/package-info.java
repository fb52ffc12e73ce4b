/**
 * The {@code bri} command line (picocli): each command turns its options into the records the
 * application layer ({@link org.brimine.library}) takes, calls it or a stage, prints what it
 * tells, and turns errors into messages and exit codes.
 */
package org.brimine.cli;
