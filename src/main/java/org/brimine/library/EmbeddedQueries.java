package org.brimine.library;

import java.util.Optional;
import org.brimine.annotate.Embedder;
import org.brimine.index.Schema;
import org.brimine.model.Romanisation;
import org.brimine.search.QueryVectors;

/**
 * Query vectors from the model that embedded the papers: English (and other Latin-script)
 * queries by the English model; a query with Han characters gets none while Chinese papers have
 * no model ({@link StageFactory#CHINESE_VECTORS}), and is ranked by words alone.
 */
public final class EmbeddedQueries implements QueryVectors {
  private final Embedder english;

  public EmbeddedQueries(Embedder english) {
    this.english = english;
  }

  @Override
  public String field() {
    return Schema.vector(english.name(), english.dimension());
  }

  @Override
  public void prepare() {
    english.prepare();
  }

  @Override
  public Optional<float[]> of(String queryText) {
    if (queryText.isBlank() || (!StageFactory.CHINESE_VECTORS && Romanisation.hasHan(queryText))) {
      return Optional.empty();
    }
    return Optional.of(english.embed(queryText));
  }
}
