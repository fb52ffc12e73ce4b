package org.brimine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.brimine.index.Schema;

/**
 * Where the words of a query are in any text of a record: the text is analysed as the index
 * analysed its body, and a word is marked when its term is one the query looks for in a text
 * field (a word, a word of a phrase, or a wildcard's match). So "railways" marks "railway" and
 * 资金融通 marks its words, as the search matched them.
 *
 * <p>NOTE: the words of a phrase are marked wherever they are, not only together, and the words
 * of excluded clauses never. Thread-safe: it only reads its analyzer and terms.
 */
public final class TermMarks {
  /** Marks nothing: for a page reached without a query. */
  public static final TermMarks NONE = new TermMarks(null, Set.of(), List.of());

  private final Analyzer analyzer;
  private final Set<String> words;
  private final List<ByteRunAutomaton> patterns;

  /**
   * A run of text that matched the query.
   *
   * @param start the offset of its first char
   * @param end the offset after its last char
   */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
      }
    }
  }

  private TermMarks(Analyzer analyzer, Set<String> words, List<ByteRunAutomaton> patterns) {
    this.analyzer = analyzer;
    this.words = Set.copyOf(words);
    this.patterns = List.copyOf(patterns);
  }

  /** The marks of a parsed query, text analysed by {@code analyzer}. */
  static TermMarks of(Query query, Analyzer analyzer) {
    Set<String> words = new HashSet<>();
    List<ByteRunAutomaton> patterns = new ArrayList<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return Schema.DEFAULT_FIELDS.contains(field);
      }

      @Override
      public void consumeTerms(Query q, Term... terms) {
        for (Term t : terms) {
          words.add(t.text());
        }
      }

      @Override
      public void consumeTermsMatching(Query q, String field,
          Supplier<ByteRunAutomaton> automaton) {
        patterns.add(automaton.get());
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
      }
    });
    return new TermMarks(analyzer, words, patterns);
  }

  /** Whether there is any word to mark. */
  public boolean isEmpty() {
    return words.isEmpty() && patterns.isEmpty();
  }

  /**
   * The runs of {@code text} that match, in order, not overlapping: words that touch or overlap
   * (Chinese words side by side) are one run.
   */
  public List<Span> in(String text) {
    List<Span> found = new ArrayList<>();
    if (isEmpty() || text.isEmpty()) {
      return found;
    }
    try (TokenStream tokens = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (offset.startOffset() >= text.length()
            || offset.endOffset() <= offset.startOffset() || !matches(term.toString())) {
          continue;
        }
        found.add(new Span(offset.startOffset(), Math.min(offset.endOffset(), text.length())));
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text in memory", e);
    }
    // a filter may give a word's parts after the word: joined in order of their start
    found.sort(java.util.Comparator.comparingInt(Span::start));
    List<Span> spans = new ArrayList<>();
    found.forEach(s -> add(spans, s.start(), s.end()));
    return spans;
  }

  private boolean matches(String term) {
    if (words.contains(term)) {
      return true;
    }
    if (patterns.isEmpty()) {
      return false;
    }
    BytesRef bytes = new BytesRef(term);
    for (ByteRunAutomaton p : patterns) {
      if (p.run(bytes.bytes, bytes.offset, bytes.length)) {
        return true;
      }
    }
    return false;
  }

  /** Adds a run, joined to the last when they touch or overlap (sorted by start). */
  private static void add(List<Span> spans, int start, int end) {
    if (!spans.isEmpty()) {
      Span last = spans.get(spans.size() - 1);
      if (start <= last.end()) {
        spans.set(spans.size() - 1, new Span(last.start(), Math.max(last.end(), end)));
        return;
      }
    }
    spans.add(new Span(start, end));
  }
}
