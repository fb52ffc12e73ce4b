/**
 * Bibliographic export: records as BibTeX, RIS, CSV and CSL-JSON, written one at a time so that
 * an export of every match never holds them all, and citation strings (GB/T 7714, APA) for the
 * page.
 *
 * <p>Needs records (papers and references) from the model; knows nothing of the index.
 */
package org.brimine.export;
