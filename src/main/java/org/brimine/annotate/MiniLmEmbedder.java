package org.brimine.annotate;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.concurrent.Executor;

/**
 * The quantised all-MiniLM-L6-v2 sentence embedding (384 dimensions, mean pooled, unit length),
 * run in process by ONNX Runtime from langchain4j's packaging: the network and its tokenizer are
 * resources of a jar on the class path, so nothing is downloaded.
 *
 * <p>NOTE: the model reads at most 510 word pieces at a time; langchain4j embeds a longer text in
 * parts and averages them, so {@link PaperVectors} cuts a paper's text first. Thread-safe; the
 * network loads on the first use (about a second).
 */
public final class MiniLmEmbedder implements Embedder {
  /** The name the vectors of this model go by. */
  public static final String NAME = "minilm-l6-v2-q";

  private final Lazy<AllMiniLmL6V2QuantizedEmbeddingModel> model;

  /** The model, embedding each text on the calling thread. */
  public MiniLmEmbedder() {
    Executor sameThread = Runnable::run;
    this.model = Lazy.of(() -> new AllMiniLmL6V2QuantizedEmbeddingModel(sameThread));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public float[] embed(String text) {
    return model.get().embed(text).content().vector();
  }
}
