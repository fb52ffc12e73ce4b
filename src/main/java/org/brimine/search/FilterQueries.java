package org.brimine.search;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.brimine.index.MissingMetadata;
import org.brimine.index.Schema;

/**
 * Builds {@link SearchFilters} into Lucene queries over {@link Schema}'s fields: a value is
 * analysed as the index analysed it (an exact field lower-cased whole), never parsed, so no
 * character of it is syntax.
 *
 * <p>Thread-safe: it only reads its analyzer and the theme ids.
 */
final class FilterQueries {
  private final QueryBuilder values;
  private final BriQueryParser.ThemeIds themes;

  /**
   * Filters analysed by {@code analyzer}, whose theme filter may name these themes (null for
   * any).
   */
  FilterQueries(Analyzer analyzer, BriQueryParser.ThemeIds themes) {
    this.values = new QueryBuilder(analyzer);
    this.themes = themes;
  }

  /**
   * One query per filter set, each to be required without scoring.
   *
   * @param withTheme whether to include the theme filter (not when the theme ranks the search)
   * @throws IllegalArgumentException when the theme is not one the records or the taxonomy have
   */
  List<Query> of(SearchFilters f, boolean withTheme) {
    List<Query> queries = new ArrayList<>();
    if (f.theme() != null) {
      checkTheme(f.theme());
      if (withTheme) {
        queries.add(new TermQuery(new Term(Schema.THEME, f.theme())));
      }
    }
    if (f.entity() != null) {
      queries.add(value(f.entityField(), f.entity()));
    }
    if (f.kind() != null) {
      queries.add(new TermQuery(new Term(Schema.KIND, f.kind().label())));
    }
    if (f.language() != null) {
      queries.add(value(Schema.LANG, f.language()));
    }
    if (f.venue() != null) {
      queries.add(value(Schema.VENUE, f.venue()));
    }
    if (f.yearFrom() != null || f.yearTo() != null) {
      queries.add(IntPoint.newRangeQuery(Schema.YEAR,
          f.yearFrom() == null ? Integer.MIN_VALUE : f.yearFrom(),
          f.yearTo() == null ? Integer.MAX_VALUE : f.yearTo()));
    }
    for (MissingMetadata m : new TreeSet<>(f.missing())) {
      queries.add(new TermQuery(new Term(Schema.MISSING, m.label())));
    }
    return queries;
  }

  /** All the filters as one query that matches what passes them all, every record for none. */
  Query all(SearchFilters f) {
    List<Query> queries = of(f, true);
    if (queries.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    queries.forEach(q -> b.add(q, BooleanClause.Occur.FILTER));
    return b.build();
  }

  /** The theme ranked: its records, scored by the theme's weight in them. */
  Query rankedTheme(String theme) {
    checkTheme(theme);
    return BriQueryParser.themeQuery(theme);
  }

  /** The records whose field has this value whole, as the index analysed it. */
  Query value(String field, String value) {
    Query q = values.createPhraseQuery(field, value);
    // a value the analyzer makes no token of matches nothing, as no record has it
    return q == null ? new MatchNoDocsQuery("no token in '" + value + "'") : q;
  }

  private void checkTheme(String theme) {
    if (themes != null && !themes.contains(theme)) {
      throw new IllegalArgumentException("unknown theme '" + theme + "'" + (themes.all().isEmpty()
          ? ": no record has a theme" : "; the themes are "
          + String.join(", ", new TreeSet<>(themes.all()))));
    }
  }
}
