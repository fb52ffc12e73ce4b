package org.brimine.search;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.brimine.index.Analyzers;

/**
 * Reads a query as the local search does, without an index, for a backend that parses it again
 * itself (SolrCloud): a mistake is found here and told in the same words, and the backend gets
 * the text as our parser reads it (a slash is a character, not the start of a regular
 * expression).
 */
public final class QueryCheck {
  private QueryCheck() {}

  /**
   * How a {@code theme:} clause ranks the records that carry the theme: Lucene's
   * FeatureField saturation of the theme's weight, {@code weight * w / (w + pivot)}, with weight
   * 1 and this pivot (the weight at which the score is half its maximum).
   */
  public static final float THEME_PIVOT = BriQueryParser.THEME_PIVOT;

  /**
   * The query as the parser reads it, once checked.
   *
   * @param themes the theme ids a {@code theme:} clause may name
   * @throws QuerySyntaxException when the query cannot be read, names a field the index does
   *     not have, or a theme not among {@code themes}
   */
  public static String checked(String queryText, Set<String> themes) {
    if (queryText.isBlank()) {
      return queryText;
    }
    BriQueryParser.ThemeIds ids = BriQueryParser.ThemeIds.of(themes);
    try (Analyzer analyzer = Analyzers.perField()) {
      QueryReader.read(queryText, Ranking.DEFAULT, analyzer, ids, null);
    }
    return QueryText.of(queryText).text();
  }
}
