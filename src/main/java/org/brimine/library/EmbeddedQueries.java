package org.brimine.library;

import java.util.Optional;
import org.brimine.annotate.Embedder;
import org.brimine.index.Schema;
import org.brimine.model.Romanisation;
import org.brimine.search.QueryVectors;

/**
 * Query vectors from the model that embedded the papers of the query's language: a query with
 * Han characters by the Chinese model (compared with the Chinese papers' vectors), any other by
 * the English one. A Chinese query finds no English paper's vector, nor an English query a
 * Chinese one's; the hybrid ranking leaves such papers in their lexical places.
 */
public final class EmbeddedQueries implements QueryVectors {
  private final Embedder english;
  private final Embedder chinese;
  private final String chineseInstruction;

  /**
   * @param english the model of English (and other Latin-script) queries
   * @param chinese the model of queries with Han characters, or null: they get no vector
   * @param chineseInstruction put before a Chinese query's text ("" for none)
   */
  public EmbeddedQueries(Embedder english, Embedder chinese, String chineseInstruction) {
    this.english = english;
    this.chinese = chinese;
    this.chineseInstruction = chineseInstruction;
  }

  @Override
  public String field() {
    return Schema.vector(english.name(), english.dimension());
  }

  @Override
  public String field(String queryText) {
    Embedder model = model(queryText);
    return model == null ? field() : Schema.vector(model.name(), model.dimension());
  }

  @Override
  public void prepare() {
    english.prepare();
  }

  @Override
  public Optional<float[]> of(String queryText) {
    Embedder model = model(queryText);
    if (queryText.isBlank() || model == null) {
      return Optional.empty();
    }
    return Optional.of(model == english ? english.embed(queryText)
        : model.embed(chineseInstruction + queryText.strip()));
  }

  /** The model of the query's language, or null when none reads it. */
  private Embedder model(String queryText) {
    return Romanisation.hasHan(queryText) ? chinese : english;
  }
}
