package org.brimine.search;

import java.util.Locale;
import java.util.Objects;

/**
 * How papers related to a paper are found: by its distinctive words ({@link Mode#TERMS}, Lucene's
 * MoreLikeThis), by the nearest vectors to its own ({@link Mode#VECTORS}, the HNSW graph of
 * whichever vector field the paper has), or both rankings merged by a {@link Fusion} ({@link
 * Mode#FUSED}). A paper without a vector is always related by its words.
 *
 * @param mode which rankings
 * @param fusion how FUSED merges them (the words' ranking as the lexical one); unused otherwise
 * @param chineseVectors whether a paper with the Chinese model's vector (a Chinese-only paper)
 *     is related by vectors too; if not, by its words alone
 */
public record RelatedBy(Mode mode, Fusion fusion, boolean chineseVectors) {
  /** Which rankings find the related papers. */
  public enum Mode { TERMS, VECTORS, FUSED }

  /** MoreLikeThis alone. */
  public static final RelatedBy TERMS = new RelatedBy(Mode.TERMS, Fusion.RRF, true);
  /** The nearest vectors alone. */
  public static final RelatedBy VECTORS = new RelatedBy(Mode.VECTORS, Fusion.RRF, true);
  /**
   * The product's: both rankings, weighted sum with the vectors' share 0.5 (the fusion of the
   * hybrid search too). Chosen by {@code bri eval related} over Cranfield and en-news, on both
   * of which it beat MoreLikeThis alone (MAP +20% and +5%, nDCG@10 up too) while the vectors
   * alone lost on en-news (BENCHMARKS.md, "Related papers by vectors"). A Chinese-only paper is
   * related by its words alone: on zh-news, the Chinese development set, MoreLikeThis had a
   * higher MAP than this fusion with bge-small-zh's vectors (0.6343 against 0.6270), and so it
   * had on zh-news-heldout (0.3885 against 0.3796).
   */
  public static final RelatedBy PRODUCT = new RelatedBy(Mode.FUSED, Fusion.weighted(0.5f),
      false);

  public RelatedBy {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(fusion, "fusion");
  }

  /**
   * By name: {@code terms}, {@code vectors}, or a fusion's name ({@link Fusion#of}) for both.
   *
   * @throws IllegalArgumentException for another name, quoting it
   */
  public static RelatedBy of(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("terms")) {
      return TERMS;
    }
    if (n.equals("vectors")) {
      return VECTORS;
    }
    try {
      return new RelatedBy(Mode.FUSED, Fusion.of(n), true);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("related papers by terms, vectors, rrf, rrf:K or "
          + "weighted:W, got '" + name + "'", e);
    }
  }

  /** A short description, for reports. */
  public String describe() {
    return switch (mode) {
      case TERMS -> "terms (MoreLikeThis)";
      case VECTORS -> "vectors (nearest by HNSW)";
      case FUSED -> "both fused, " + fusion.describe();
    } + (chineseVectors || mode == Mode.TERMS ? "" : "; Chinese-only papers by terms");
  }
}
