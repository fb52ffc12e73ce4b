/**
 * Answers searches over the index: Lucene query syntax with field boosts and numeric year
 * ranges, BM25 ranking, highlighted passages, facet counts, and record look-up by id.
 *
 * <p>With the index package, the only place that imports Lucene; it never loads CoreNLP.
 */
package org.brimine.search;
