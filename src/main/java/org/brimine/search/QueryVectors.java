package org.brimine.search;

import java.util.Optional;

/**
 * Gives a query its dense vector, by the model whose vectors the index keeps in {@link
 * #field(String)}. The search package knows no model: the application passes one in.
 */
public interface QueryVectors {
  /** The vector field of the default model's vectors ({@code Schema.vector}). */
  String field();

  /**
   * The vector field this query's vector is compared with: the field of the model that embeds
   * it (a Chinese query's model is not an English one's).
   */
  default String field(String queryText) {
    return field();
  }

  /** The query's vector, or empty when no model reads its language. */
  Optional<float[]> of(String queryText);

  /** Loads the model now, when it loads on first use; see {@link #prepareInBackground}. */
  default void prepare() {}

  /**
   * Starts loading the model on a daemon thread, so that it loads while the index opens and the
   * words are searched, not after (a second or so of a command's cold start). A failure there is
   * left for the first query, which loads again and reports it.
   *
   * <p>NOTE: a JVM that exits while the thread is inside ONNX Runtime's session creation
   * crashes (SIGSEGV in libonnxruntime): wait for the thread returned before exiting.
   */
  default Thread prepareInBackground() {
    Thread load = new Thread(() -> {
      try {
        prepare();
      } catch (RuntimeException e) {
        // the first query's own load tells what went wrong
      }
    }, "bri-query-model");
    load.setDaemon(true);
    load.start();
    return load;
  }
}
