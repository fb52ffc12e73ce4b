package org.brimine.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import java.util.Locale;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.brimine.index.Schema;

/**
 * Lucene's classic query syntax over the default fields with boosts, where {@code year:2017}
 * and {@code year:[2015 TO 2017]} are numeric point queries rather than terms.
 *
 * <p>NOTE: like every QueryParser it is not thread-safe: make one per query.
 */
final class BriQueryParser extends MultiFieldQueryParser {
  /** The theme weight at which a theme's ranking boost is half its maximum. */
  private static final float THEME_PIVOT = 0.2f;

  BriQueryParser(String[] fields, Map<String, Float> boosts, Analyzer analyzer) {
    super(fields, analyzer, boosts);
    setSplitOnWhitespace(true);
    setAllowLeadingWildcard(false);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (Schema.YEAR.equals(field)) {
      return IntPoint.newExactQuery(field, year(queryText));
    }
    if (Schema.THEME.equals(field)) {
      // A theme filters, and ranks the papers that carry it by the theme's weight in them.
      String theme = queryText.strip().toLowerCase(Locale.ROOT);
      return new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.THEME, theme)), BooleanClause.Occur.FILTER)
          .add(FeatureField.newSaturationQuery(Schema.THEME_WEIGHT, theme, 1f, THEME_PIVOT),
              BooleanClause.Occur.SHOULD)
          .build();
    }
    return super.getFieldQuery(field, queryText, quoted);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2,
      boolean startInclusive, boolean endInclusive) throws ParseException {
    if (Schema.YEAR.equals(field)) {
      int low = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : year(part1);
      int high = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : year(part2);
      if (!startInclusive && low != Integer.MIN_VALUE) {
        low++;
      }
      if (!endInclusive && high != Integer.MAX_VALUE) {
        high--;
      }
      return IntPoint.newRangeQuery(field, low, high);
    }
    return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
  }

  private static int year(String text) throws ParseException {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ParseException("year must be a whole number, got '" + text + "'");
    }
  }
}
