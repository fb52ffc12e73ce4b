package org.brimine.annotate;

import java.nio.file.Path;
import java.util.Optional;
import org.brimine.model.PaperVector;
import org.brimine.model.ParsedPaper;

/**
 * Gives a paper its dense vector: the embedding of its title and abstract (the start of its body
 * when it has no abstract) by the model of its language, read from a cache beside the annotation
 * cache when the same text was embedded before, so that a rebuild never runs the model again.
 *
 * <p>Needs: a {@link ParsedPaper}. Gives: a {@link PaperVector}, or none when no model reads
 * the paper's language. A paper with an English title or abstract (a bilingual CNKI paper has
 * both) is embedded in English; a paper only in Chinese by the Chinese model, when there is one.
 * Thread-safe when the models are.
 *
 * <p>NOTE: the text is cut to {@link #MAX_CHARS} characters at a space, and MiniLM reads only
 * the first 128 word pieces of that (about 550 characters; see {@link MiniLmEmbedder#MAX_PIECES}):
 * a vector says what a paper's title and the start of its abstract say. Chinese text, a word
 * piece a character, is cut to {@link #CHINESE_MAX_CHARS}, one window of BGE.
 */
public final class PaperVectors {
  /** The most characters of a paper's text embedded. */
  public static final int MAX_CHARS = 1500;
  /**
   * The most characters of a Chinese-only paper's text embedded: one window of the Chinese
   * model (512 word pieces, a Han character is one), so that it is never embedded in parts.
   */
  public static final int CHINESE_MAX_CHARS = 500;
  /** The version of how the text to embed is chosen; part of the cache's fingerprint. */
  private static final String INPUT_VERSION = "vector-input-v1";

  private final Embedder english;
  private final Embedder chinese;
  private final JsonCache<CachedVector> englishCache;
  private final JsonCache<CachedVector> chineseCache;

  /** A cached vector: the model's output for one text. */
  record CachedVector(float[] values) {}

  /**
   * @param english the model for English (and any other language but Chinese)
   * @param chinese the model for Chinese, or null when Chinese papers get no vector
   * @param cacheDir the folder of the vector cache, or null for none
   */
  public PaperVectors(Embedder english, Embedder chinese, Path cacheDir) {
    this.english = java.util.Objects.requireNonNull(english, "english");
    this.chinese = chinese;
    this.englishCache = cache(cacheDir, english);
    this.chineseCache = chinese == null ? null : cache(cacheDir, chinese);
  }

  private static JsonCache<CachedVector> cache(Path dir, Embedder model) {
    return dir == null ? null : new JsonCache<>(dir, INPUT_VERSION + "|" + model.name() + "|"
        + model.dimension(), CachedVector.class);
  }

  /** The model that embeds English text, and so English queries. */
  public Embedder english() {
    return english;
  }

  /** The model that embeds Chinese-only papers and queries, if there is one. */
  public Optional<Embedder> chinese() {
    return Optional.ofNullable(chinese);
  }

  /** The vector of a paper, from the cache or computed (and then cached). */
  public Optional<PaperVector> of(ParsedPaper paper) {
    String englishText = join(paper.titleEn(), paper.abstractEn());
    boolean chineseOnly = "zh".equals(paper.language()) && englishText.isBlank();
    if (chineseOnly && chinese == null) {
      return Optional.empty();
    }
    String text = !englishText.isBlank() ? englishText
        : join(paper.title(), paper.abstractText() != null && !paper.abstractText().isBlank()
            ? paper.abstractText() : paper.bodyText());
    if (text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(chineseOnly ? embed(chinese, chineseCache, cut(text, CHINESE_MAX_CHARS))
        : embed(english, englishCache, cut(text, MAX_CHARS)));
  }

  private static PaperVector embed(Embedder model, JsonCache<CachedVector> cache, String cut) {
    if (cache != null) {
      Optional<CachedVector> cached = cache.get(cut);
      if (cached.isPresent() && cached.get().values().length == model.dimension()) {
        return new PaperVector(model.name(), cached.get().values());
      }
    }
    float[] values = model.embed(cut);
    if (values.length != model.dimension()) {
      throw new IllegalStateException("model " + model.name() + " gave " + values.length
          + " dimensions, expected " + model.dimension());
    }
    if (cache != null) {
      cache.offer(cut, new CachedVector(values));
    }
    return new PaperVector(model.name(), values);
  }

  private static String join(String title, String text) {
    String t = title == null ? "" : title.strip();
    String a = text == null ? "" : text.strip();
    return t.isEmpty() ? a : a.isEmpty() ? t : t + "\n" + a;
  }

  /** The text cut to at most {@link #MAX_CHARS} characters, at a space when there is one. */
  static String cut(String text) {
    return cut(text, MAX_CHARS);
  }

  /** The text cut to at most {@code max} characters, at a space when there is one. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int space = text.lastIndexOf(' ', max);
    return text.substring(0, space > max / 2 ? space : max);
  }
}
