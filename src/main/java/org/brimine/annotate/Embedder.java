package org.brimine.annotate;

/**
 * A sentence-embedding model: text in, one unit-length vector out.
 *
 * <p>An interface because the real model ({@link MiniLmEmbedder}) is a 23 MB ONNX network that
 * takes a second to load; tests of what uses it count calls on a small stand-in.
 */
public interface Embedder {
  /** The model's name, as the index field of its vectors and the cache know it. */
  String name();

  /** The length of every vector. */
  int dimension();

  /** The vector of a text (a query, or a paper's title and abstract). */
  float[] embed(String text);

  /** Loads the model now, if it loads on first use, so that the first text does not wait. */
  default void prepare() {}
}
