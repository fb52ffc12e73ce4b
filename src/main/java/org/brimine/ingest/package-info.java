/**
 * Reads the corpus: text files and their {@code .meta.json} sidecars become {@link
 * org.brimine.model.Paper} records; files that cannot be used become problems that name the file
 * and the reason.
 */
package org.brimine.ingest;
