package org.brimine.cli;

import java.nio.file.Path;
import org.brimine.annotate.BgeSmallZhEmbedder;
import org.brimine.annotate.Embedder;
import org.brimine.annotate.MiniLmEmbedder;
import org.brimine.annotate.PaperVectors;
import picocli.CommandLine.Option;

/** The evaluations' document vectors: which model reads Chinese, and where they are kept. */
final class VectorOptions {
  @Option(names = "--zh-model", paramLabel = "MODEL", defaultValue = "bge",
      description = "the model of Chinese-only documents and of queries with Han characters: "
          + "bge (bge-small-zh-v1.5, the product's), minilm (the English model, to measure it)"
          + " or none (they rank by words alone); default: ${DEFAULT-VALUE}")
  String zhModel;

  @Option(names = "--vector-cache", paramLabel = "DIR",
      description = "keep the documents' vectors here, to measure again without embedding")
  Path vectorCache;

  private final MiniLmEmbedder english = new MiniLmEmbedder();

  /** The English model. */
  MiniLmEmbedder english() {
    return english;
  }

  /**
   * The model of Chinese-only documents, or null for none.
   *
   * @throws UsageException for an unknown name, quoting it
   */
  Embedder chinese() {
    return switch (zhModel) {
      case "bge" -> new BgeSmallZhEmbedder();
      case "minilm" -> english;
      case "none" -> null;
      default -> throw new UsageException("--zh-model must be bge, minilm or none, got '"
          + zhModel + "'");
    };
  }

  /** The documents' vectors by {@code english} and {@code chinese}, cached as asked. */
  PaperVectors paperVectors(Embedder chinese) {
    return new PaperVectors(english, chinese, vectorCache);
  }
}
