package org.brimine.search;

import static org.apache.lucene.queryparser.classic.QueryParserConstants.AND;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.BAREOPER;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.CARAT;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.COLON;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.EOF;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.LPAREN;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.MINUS;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.NOT;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.OR;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.PLUS;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.RANGE_GOOP;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.RANGE_QUOTED;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.RPAREN;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.IndexSearcher;

/**
 * Says in words what is wrong with a query that Lucene's classic parser refused, and at which
 * column of the query as typed: an unclosed quote, parenthesis or range, an operator without a
 * word, an unknown field. Never passes on the parser's own words (token kinds, lexical states).
 */
final class SyntaxErrors {
  private static final Set<Integer> OPERATORS = Set.of(AND, OR, NOT, PLUS, MINUS, BAREOPER);
  private static final Pattern BAD_BOOST = Pattern.compile("\\^(?![0-9.])");
  private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

  private SyntaxErrors() {}

  /** The error to report for {@code typed}, read as {@code prepared}, failing with {@code e}. */
  static QuerySyntaxException explain(String typed, QueryText prepared, ParseException e) {
    // QueryParser.parse wraps what went wrong, and adds the query to the message
    Throwable cause = e.getCause() == null ? e : e.getCause();
    if (cause instanceof BriQueryParser.Mistake m) {
      return error(typed, m.index(typed), m.getMessage(), e);
    }
    QuerySyntaxException unbalanced = unbalanced(typed, e);
    if (unbalanced != null) {
      return unbalanced;
    }
    if (cause instanceof ParseException p && p.currentToken != null
        && p.currentToken.next != null) {
      return unexpected(typed, prepared, p.currentToken, e);
    }
    if (cause instanceof IndexSearcher.TooManyClauses) {
      return error(typed, 0, "the query has too many words and fields (more than "
          + IndexSearcher.getMaxClauseCount() + " clauses)", e);
    }
    Matcher boost = BAD_BOOST.matcher(typed);
    if (boost.find()) {
      return error(typed, boost.start(), "^ needs a number after it, as in belt^2", e);
    }
    Matcher at = LEXICAL_COLUMN.matcher(String.valueOf(cause.getMessage()));
    int index = at.find() ? prepared.typedIndex(Integer.parseInt(at.group(1)) - 1) : 0;
    return error(typed, index, "cannot read the query from here on", e);
  }

  /**
   * An unclosed quote, range or parenthesis, a closing parenthesis with none open, or a
   * backslash at the very end; null when there is none.
   */
  private static QuerySyntaxException unbalanced(String typed, ParseException e) {
    int quote = -1;
    int range = -1;
    Deque<Integer> groups = new ArrayDeque<>();
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c == '\\') {
        if (i + 1 == typed.length()) {
          return error(typed, i, "a backslash at the end of the query escapes nothing: write "
              + "\\\\ for a backslash", e);
        }
        i++;
      } else if (quote >= 0) {
        quote = c == '"' ? -1 : quote;
      } else if (c == '"') {
        quote = i;
      } else if (range >= 0) {
        range = c == ']' || c == '}' ? -1 : range;
      } else if (c == '[' || c == '{') {
        range = i;
      } else if (c == '(') {
        groups.push(i);
      } else if (c == ')') {
        if (groups.isEmpty()) {
          return error(typed, i, "unmatched closing parenthesis: no parenthesis before it is "
              + "open", e);
        }
        groups.pop();
      }
    }
    if (quote >= 0) {
      return error(typed, quote, "unbalanced quote: the phrase starting at column "
          + (quote + 1) + " is not closed", e);
    }
    if (range >= 0) {
      return error(typed, range, "unclosed range: the range starting at column " + (range + 1)
          + " needs TO and a closing ] or }, as in year:[2015 TO 2018]", e);
    }
    if (!groups.isEmpty()) {
      return error(typed, groups.peek(), "missing closing parenthesis: the group opened at "
          + "column " + (groups.peek() + 1) + " is not closed", e);
    }
    return null;
  }

  /** The parser met {@code last.next} where it cannot be. */
  private static QuerySyntaxException unexpected(String typed, QueryText prepared, Token last,
      ParseException e) {
    Token next = last.next;
    int at = prepared.typedIndex(next.beginColumn);
    int lastAt = prepared.typedIndex(last.beginColumn);
    if (next.kind == EOF) {
      if (OPERATORS.contains(last.kind)) {
        return error(typed, lastAt, last.image + " at the end of the query needs a word after "
            + "it", e);
      }
      if (last.kind == COLON) {
        return error(typed, lastAt, field(typed, lastAt) + ": at the end of the query needs a "
            + "word or \"phrase\" after it", e);
      }
      if (last.kind == CARAT) {
        return error(typed, lastAt, "^ at the end of the query needs a number after it, as in "
            + "belt^2", e);
      }
      return error(typed, at, "the query ends too early", e);
    }
    if (next.kind == AND || next.kind == OR) {
      return error(typed, at, next.image + " at column " + (at + 1) + " needs a word before it"
          + (last.kind == EOF || last.image == null ? " (it starts the query)" : ""), e);
    }
    if (next.kind == RPAREN && last.kind == LPAREN) {
      return error(typed, lastAt, "empty parentheses: put words between them", e);
    }
    if (next.kind == COLON) {
      return error(typed, at, "a second colon: a word has one field at most (a colon that is "
          + "part of the words goes inside \"quotes\" or after a backslash)", e);
    }
    if (next.kind == CARAT) {
      return error(typed, at, "a second ^: a word takes one boost, as in belt^2", e);
    }
    if (next.kind == RANGE_GOOP || next.kind == RANGE_QUOTED) {
      return error(typed, at, "a range needs TO between its two ends, as in "
          + "year:[2015 TO 2018]", e);
    }
    return error(typed, at, "'" + next.image + "' cannot stand here", e);
  }

  /** The field name that ends just before the colon at {@code colon}. */
  private static String field(String typed, int colon) {
    int start = colon;
    while (start > 0 && !Character.isWhitespace(typed.charAt(start - 1))
        && "(+-!".indexOf(typed.charAt(start - 1)) < 0) {
      start--;
    }
    return typed.substring(start, colon);
  }

  private static QuerySyntaxException error(String typed, int index, String reason,
      ParseException cause) {
    return new QuerySyntaxException(typed, Math.max(0, Math.min(index, typed.length())) + 1,
        reason, cause);
  }
}
