package org.brimine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.brimine.index.Schema;

/**
 * Reads a query typed by a user: slashes are text ({@link QueryText}), fields and themes are
 * checked ({@link BriQueryParser}), an error is told in words ({@link SyntaxErrors}).
 */
final class QueryReader {
  private QueryReader() {}

  /**
   * The Lucene query; a blank one matches every record.
   *
   * @param themes the theme ids a query may name, null for any
   * @param reader the index the query will run on: a word's entity clause is added only when
   *     the entity field has its terms there; null to add it always
   * @throws QuerySyntaxException when the query cannot be read
   */
  static Query read(String queryText, Ranking ranking, Analyzer analyzer,
      BriQueryParser.ThemeIds themes, IndexReader reader) {
    if (queryText.isBlank()) {
      return new MatchAllDocsQuery();
    }
    BriQueryParser parser = new BriQueryParser(ranking.fields(), ranking.boosts(), analyzer,
        themes, reader == null ? null : term -> {
          try {
            return reader.docFreq(new Term(Schema.ENTITY, term)) > 0;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    parser.setDefaultOperator(QueryParser.Operator.OR);
    QueryText prepared = QueryText.of(queryText);
    try {
      return parser.parse(prepared.text());
    } catch (ParseException e) {
      throw SyntaxErrors.explain(queryText, prepared, e);
    }
  }
}
