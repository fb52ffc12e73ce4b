package org.brimine.model;

/** The citation style a reference entry was read as. */
public enum ReferenceStyle {
  /** Chinese national standard GB/T 7714, with a bracketed document type code such as [J]. */
  GBT7714,
  /** English numbered styles (IEEE, Vancouver and the like): authors, "title", venue, year. */
  NUMBERED,
  /** Author-year styles (APA, Harvard, Chicago author-date): authors (year). title. venue. */
  AUTHOR_YEAR,
  /** A Web of Science cited reference: author, year, source, V volume, P page, DOI. */
  WOS_CITED,
  /** A Scopus reference: authors, title, source, volume, issue, pp. pages, (year). */
  SCOPUS,
  /** Could not be read; only the raw string is kept. */
  UNPARSED
}
