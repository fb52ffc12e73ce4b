package org.brimine.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.brimine.index.Schema;

/**
 * The words of a parsed query, per field in query order, and whether the query is a plain
 * disjunction of words in the text fields (what a user types without operators or fields).
 *
 * <p>NOTE: {@code Query.visit} does not keep clause order (a BooleanQuery visits a multiset), so
 * the clauses are walked here.
 *
 * @param byField the words of positive clauses per field, in query order, repeats kept
 * @param plain true when every clause is optional and every word is in a text field, so
 *     expanding the query may widen the matches; false when it has required, filtering or
 *     excluded clauses, other fields, ranges or wildcards
 */
record QueryTerms(Map<String, List<String>> byField, boolean plain) {

  static QueryTerms of(Query query, Set<String> textFields) {
    Walk walk = new Walk(textFields);
    walk.visit(query);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    walk.byField.forEach((f, words) -> copy.put(f, List.copyOf(words)));
    return new QueryTerms(copy, walk.plain);
  }

  /** How many words the query has: the most any one field has. */
  int length() {
    return byField.values().stream().mapToInt(List::size).max().orElse(0);
  }

  private static final class Walk {
    private final Set<String> textFields;
    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private boolean plain = true;

    Walk(Set<String> textFields) {
      this.textFields = textFields;
    }

    void visit(Query q) {
      if (q instanceof BoostQuery boost) {
        visit(boost.getQuery());
      } else if (q instanceof BooleanQuery bool) {
        for (BooleanClause clause : bool.clauses()) {
          if (clause.getOccur() != BooleanClause.Occur.SHOULD) {
            plain = false;
          }
          if (clause.getOccur() != BooleanClause.Occur.MUST_NOT) {
            visit(clause.getQuery());
          }
        }
      } else if (q instanceof TermQuery term) {
        add(term.getTerm());
      } else if (q instanceof SynonymQuery synonyms && !synonyms.getTerms().isEmpty()) {
        add(synonyms.getTerms().get(0));
      } else if (q instanceof PhraseQuery phrase) {
        for (Term t : phrase.getTerms()) {
          add(t);
        }
        plain = false;
      } else {
        plain = false;
      }
    }

    private void add(Term term) {
      if (term.field().equals(Schema.ENTITY)) {
        // the parser matches every unfielded word against the entity names too: not a word of
        // the text, and not what makes a query qualified
        return;
      }
      checkField(term.field());
      byField.computeIfAbsent(term.field(), f -> new ArrayList<>()).add(term.text());
    }

    private void checkField(String field) {
      if (!textFields.contains(field)) {
        plain = false;
      }
    }
  }
}
