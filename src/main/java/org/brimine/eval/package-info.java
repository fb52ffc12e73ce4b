/**
 * Measures retrieval quality as trec_eval does: reads a test collection (documents, queries,
 * graded judgements) and scores ranked lists of document ids with MAP, nDCG@10, P@10 and R@100.
 *
 * <p>This package works on ids, scores and judgements only: it imports neither Lucene nor
 * CoreNLP. The {@code cli} package wires it to the product's index and search.
 */
package org.brimine.eval;
