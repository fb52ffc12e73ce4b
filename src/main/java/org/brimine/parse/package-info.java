/**
 * Reads a paper's text into sections, paragraphs and parsed references.
 *
 * <p>{@link org.brimine.parse.ReferenceListSplitter} turns the reference list as extracted from
 * a PDF into one string per entry, and {@link org.brimine.parse.ReferenceParser} reads each entry
 * into a {@link org.brimine.model.Reference}. Neither throws on messy input: what cannot be read
 * is kept as its raw string.
 */
package org.brimine.parse;
