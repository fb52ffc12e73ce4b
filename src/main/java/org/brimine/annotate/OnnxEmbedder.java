package org.brimine.annotate;

import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * A sentence-embedding model of langchain4j's in-process packaging, run by {@link OnnxModel}:
 * loaded on first use (or {@link #prepare()}), thread-safe, each text on {@code threads} ONNX
 * Runtime threads.
 */
public abstract class OnnxEmbedder implements Embedder {
  private final String name;
  private final int dimension;
  private final Lazy<OnnxModel> model;

  /**
   * @param name the name its vectors go by
   * @param weights the ONNX file's resource name
   * @param tokenizer the tokenizer's resource name
   * @param jar the artifact that holds them, for the error when they are missing
   * @param threads ONNX Runtime's threads for one text, 0 for its default (one a core)
   */
  protected OnnxEmbedder(String name, int dimension, String weights, String tokenizer,
      String jar, PoolingMode pooling, int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be 0 or more, got " + threads);
    }
    this.name = name;
    this.dimension = dimension;
    this.model = Lazy.of(() -> OnnxModel.load(weights, tokenizer, jar, pooling, dimension,
        threads));
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final int dimension() {
    return dimension;
  }

  @Override
  public final void prepare() {
    model.get();
  }

  @Override
  public final float[] embed(String text) {
    return model.get().embed(text).content().vector();
  }
}
