package org.brimine.search;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.brimine.index.Schema;

/**
 * Lucene's classic query syntax over the default fields with boosts, where {@code year:2017}
 * and {@code year:[2015 TO 2017]} are numeric point queries rather than terms. A field that is
 * not one of {@link Schema#QUERY_FIELDS}, or a theme that is not known, is refused with a
 * {@link Mistake} that says so.
 *
 * <p>NOTE: like every QueryParser it is not thread-safe: make one per query.
 */
final class BriQueryParser extends MultiFieldQueryParser {
  /** The theme weight at which a theme's ranking boost is half its maximum. */
  static final float THEME_PIVOT = 0.2f;

  private final ThemeIds themes;
  private final Predicate<BytesRef> entityTerms;

  /** The theme ids a {@code theme:} clause may name. */
  interface ThemeIds {
    /** Whether a clause may name this theme id. */
    boolean contains(String id);

    /** All of them, to say which there are when a clause names another. */
    Set<String> all();

    /** Exactly these ids. */
    static ThemeIds of(Set<String> themes) {
      return new ThemeIds() {
        @Override
        public boolean contains(String id) {
          return themes.contains(id);
        }

        @Override
        public Set<String> all() {
          return themes;
        }
      };
    }
  }

  /**
   * A parser.
   *
   * @param themes the theme ids a {@code theme:} clause may name; null to accept any
   * @param entityTerms whether a term is in the index's entity field (of the reader the query
   *     will run on); null to add the entity clause whatever its terms
   */
  BriQueryParser(String[] fields, Map<String, Float> boosts, Analyzer analyzer,
      ThemeIds themes, Predicate<BytesRef> entityTerms) {
    super(fields, analyzer, boosts);
    this.themes = themes;
    this.entityTerms = entityTerms;
    setSplitOnWhitespace(true);
    setAllowLeadingWildcard(false);
  }

  /** A mistake in the query found while building it: the reason in words and where it is. */
  static final class Mistake extends ParseException {
    private static final long serialVersionUID = 1L;
    private final transient Pattern where;

    Mistake(String reason, Pattern where) {
      super(reason);
      this.where = where;
    }

    /** The 0-based index in the query as typed where the mistake is, 0 when not found. */
    int index(String typed) {
      Matcher m = where.matcher(typed);
      return m.find() ? m.start(m.groupCount() > 0 ? 1 : 0) : 0;
    }
  }

  /**
   * A word or phrase without a field also matches the entity field, whole: entities are indexed
   * by their canonical (English) name and every alias in any language, so {@code AIIB} and
   * {@code 亚投行} find the papers that carry the bank whatever their language. A record without
   * entities scores as before (the clause adds nothing where it does not match). A word the
   * text fields drop (a stopword) stays dropped: {@code the AND railway} must not require an
   * entity named "the". The clause is left out when it cannot match (none of its terms, or
   * not all of a phrase's, is in the index's entity field): most words name no entity, and the
   * clause cost a search of 100k papers 3-7% of its time (issue 15). Scores stay the same, as
   * a clause that matches nothing adds nothing.
   */
  private Query withEntity(Query text, String queryText, boolean quoted) throws ParseException {
    if (text == null) {
      return null;
    }
    Query entity = super.getFieldQuery(Schema.ENTITY, queryText, quoted);
    if (entity == null || !canMatch(entity)) {
      return text;
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.SHOULD)
        .add(entity, BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * Whether the entity query may match: a term or phrase only when all its terms are indexed,
   * anything else (several words the analyzer made of one) when one of them is.
   */
  private boolean canMatch(Query entity) {
    if (entityTerms == null) {
      return true;
    }
    Set<Term> terms = new HashSet<>();
    entity.visit(QueryVisitor.termCollector(terms));
    boolean all = entity instanceof TermQuery || entity instanceof PhraseQuery;
    for (Term term : terms) {
      boolean exists = entityTerms.test(term.bytes());
      if (exists != all) {
        return exists;
      }
    }
    return all && !terms.isEmpty();
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (field == null) {
      return withEntity(super.getFieldQuery(null, queryText, quoted), queryText, quoted);
    }
    field = known(field);
    if (Schema.YEAR.equals(field)) {
      return IntPoint.newExactQuery(field, year(queryText));
    }
    if (Schema.THEME.equals(field)) {
      // A theme filters, and ranks the papers that carry it by the theme's weight in them.
      return themeQuery(theme(queryText));
    }
    return super.getFieldQuery(field, queryText, quoted);
  }

  /** The records that carry a theme (an id), ranked by the theme's weight in them. */
  static Query themeQuery(String theme) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.THEME, theme)), BooleanClause.Occur.FILTER)
        .add(FeatureField.newSaturationQuery(Schema.THEME_WEIGHT, theme, 1f, THEME_PIVOT),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop)
      throws ParseException {
    if (field == null) {
      return withEntity(super.getFieldQuery(null, queryText, slop), queryText, true);
    }
    field = known(field);
    if (Schema.YEAR.equals(field) || Schema.THEME.equals(field)) {
      // a quoted year or theme is the same value unquoted
      return getFieldQuery(field, queryText, true);
    }
    return super.getFieldQuery(field, queryText, slop);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2,
      boolean startInclusive, boolean endInclusive) throws ParseException {
    field = known(field);
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

  /** A query of one field, for {@link #withEntityNames}. */
  private interface FieldQuery {
    Query of(String field) throws ParseException;
  }

  /**
   * A prefix, wildcard or fuzzy word without a field ({@code text}: over the default fields
   * with their boosts) also matches entity names that it begins or matches, the scores added
   * up, as a plain word is also matched against entity names, and as Solr's extended DisMax
   * reads it (the entity field is in the configset's {@code qf}). Before, the entity field was
   * left out of these: {@code cooperat* AND develop*} found 97 of 10k papers in Solr (by entity
   * names) and none locally, and prefix queries ranked differently (issue 22).
   */
  private static Query withEntityNames(Query text, FieldQuery entity) throws ParseException {
    Query names = entity.of(Schema.ENTITY);
    if (text == null || names == null) {
      return text == null ? names : text;
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.SHOULD)
        .add(names, BooleanClause.Occur.SHOULD)
        .build();
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    if (field == null) {
      return withEntityNames(super.getPrefixQuery(null, termStr),
          f -> getPrefixQuery(f, termStr));
    }
    return super.getPrefixQuery(known(field), termStr);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if (field == null) {
      return withEntityNames(super.getWildcardQuery(null, termStr),
          f -> getWildcardQuery(f, termStr));
    }
    field = known(field);
    if (!"*".equals(field) && (termStr.startsWith("*") || termStr.startsWith("?"))) {
      throw new Mistake("a word cannot begin with a wildcard ('" + termStr + "'): put a letter "
          + "or more before * or ?", literal(termStr));
    }
    return super.getWildcardQuery(field, termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    if (field == null) {
      return withEntityNames(super.getFuzzyQuery(null, termStr, minSimilarity),
          f -> getFuzzyQuery(f, termStr, minSimilarity));
    }
    return super.getFuzzyQuery(known(field), termStr, minSimilarity);
  }

  /**
   * The field as the index names it: null (the default fields), {@code *} (of {@code *:*}), a
   * query field, or one in other case.
   */
  private static String known(String field) throws Mistake {
    if (field == null || field.equals("*") || Schema.QUERY_FIELDS.contains(field)) {
      return field;
    }
    String lower = field.toLowerCase(Locale.ROOT);
    if (Schema.QUERY_FIELDS.contains(lower)) {
      return lower;
    }
    throw new Mistake("unknown field '" + field + "'" + Nearest.to(field, Schema.QUERY_FIELDS)
        .map(n -> ": did you mean " + n + "?")
        .orElse("; the fields are " + String.join(", ", Schema.QUERY_FIELDS))
        + " (a colon that is part of the words goes inside \"quotes\" or after a backslash)",
        Pattern.compile("(?:^|[\\s(+\\-!])(" + Pattern.quote(field) + ")\\s*:"));
  }

  private String theme(String queryText) throws Mistake {
    String theme = queryText.strip().toLowerCase(Locale.ROOT);
    if (themes != null && !themes.contains(theme)) {
      Set<String> ids = themes.all();
      throw new Mistake("unknown theme '" + queryText + "'" + (ids.isEmpty()
          ? ": no record has a theme" : Nearest.to(theme, ids)
          .map(n -> ": did you mean " + n + "?")
          .orElse("; the themes are " + String.join(", ", new java.util.TreeSet<>(ids)))),
          literal(queryText));
    }
    return theme;
  }

  private static int year(String text) throws Mistake {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new Mistake("year must be a whole number, got '" + text + "'", literal(text));
    }
  }

  private static Pattern literal(String text) {
    return Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
  }
}
