/**
 * Theme summaries for reviewers: which papers carry a theme, the sentences that state it best,
 * the entities and keyphrases around it, how it moves over the years and which themes go with
 * it; rendered as Markdown (with PNG charts), HTML (with inline SVG charts) and JSON. The
 * counts come from the search package's theme statistics, not from Lucene directly.
 */
package org.brimine.report;
