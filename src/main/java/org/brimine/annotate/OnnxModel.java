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
 * A BERT-style sentence embedding network of langchain4j's in-process packaging (ONNX weights
 * and tokenizer as class path resources of its jar), run on the calling thread by our own ONNX
 * Runtime session, so that the threads of one text can be set: when several threads embed at
 * once (ingest's workers, one a core), one each, or the threads of each call outnumber the cores
 * and spin waiting for each other. (The packaged model classes take ONNX Runtime's default, one
 * thread a core.)
 */
final class OnnxModel extends AbstractInProcessEmbeddingModel {
  private final OnnxBertBiEncoder encoder;
  private final int dimension;

  private OnnxModel(OnnxBertBiEncoder encoder, int dimension) {
    super(Runnable::run);
    this.encoder = encoder;
    this.dimension = dimension;
  }

  /**
   * Loads a network.
   *
   * @param weights the ONNX file's resource name
   * @param tokenizer the tokenizer's resource name
   * @param jar the artifact that holds them, for the error when they are missing
   * @param threads ONNX Runtime's threads for one text, 0 for its default (one a core)
   */
  static OnnxModel load(String weights, String tokenizer, String jar, PoolingMode pooling,
      int dimension, int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be 0 or more, got " + threads);
    }
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      if (threads > 0) {
        options.setIntraOpNumThreads(threads);
        options.setInterOpNumThreads(1);
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(bytes(weights, jar), options);
      try (InputStream in = stream(tokenizer, jar)) {
        return new OnnxModel(new OnnxBertBiEncoder(environment, session, in, pooling),
            dimension);
      } catch (IOException | RuntimeException e) {
        session.close();
        throw e;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load " + weights + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tokenizer, e);
    }
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return dimension;
  }

  private static byte[] bytes(String name, String jar) {
    try (InputStream in = stream(name, jar)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static InputStream stream(String name, String jar) {
    InputStream in = OnnxModel.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("no " + name + " on the class path (the jar of " + jar
          + ")");
    }
    return in;
  }
}
