/**
 * Answers searches over the index: Lucene query syntax with field boosts and numeric year
 * ranges, BM25 ranking with a proximity bonus (RM3 feedback as an option), highlighted passages,
 * facet counts (sampled on large result sets), record look-up by id, the statistics a theme
 * summary shows (counted from doc values, never by reading every record); and the plain BM25
 * baseline that evaluations compare with.
 *
 * <p>Callers give the words as typed and the rest as typed {@link
 * org.brimine.search.SearchFilters}, which this package builds into queries itself: no Lucene
 * type is in its public API, and no caller writes field names into query strings.
 *
 * <p>With the index package, the only place that imports Lucene; it never loads CoreNLP.
 */
package org.brimine.search;
