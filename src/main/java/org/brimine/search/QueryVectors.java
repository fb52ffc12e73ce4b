package org.brimine.search;

import java.util.Optional;

/**
 * Gives a query its dense vector, by the model whose vectors the index keeps in {@link #field()}.
 * The search package knows no model: the application passes one in.
 */
public interface QueryVectors {
  /** The vector field the query's vector is compared with ({@code Schema.vector}). */
  String field();

  /** The query's vector, or empty when no model reads its language (Chinese, today). */
  Optional<float[]> of(String queryText);
}
