package org.brimine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.brimine.index.Analyzers;

/**
 * The proximity bonus of a query for a backend that re-ranks by itself (a SolrCloud rerank
 * query): the pairs {@link Ranker} makes sloppy phrases of, as words that the field's analyzer
 * turns into exactly the pair's two terms. Such a backend analyses what it is sent, and a stem
 * analysed again may change (Porter: "agreed" is "agre", and "agre" is "agr"), so each term is
 * sent as a word of the query that gave it, or as itself when that analyses to itself. A pair
 * no words give is left out (none that the tests and the bench queries hold).
 */
public final class ProximityPairs {
  /** How many of the first ranking's top records the bonus re-ranks, as the local search. */
  public static final int WINDOW = Ranker.WINDOW;

  private ProximityPairs() {}

  /**
   * The word pairs of a query, as {@link Ranker} ranks it with {@code ranking} and no feedback.
   *
   * @param themes the theme ids a {@code theme:} clause may name
   * @throws QuerySyntaxException when the query cannot be read
   */
  public static List<WordPair> of(String queryText, Ranking ranking, Set<String> themes) {
    if (queryText.isBlank() || !ranking.proximity().enabled()) {
      return List.of();
    }
    BriQueryParser.ThemeIds ids = BriQueryParser.ThemeIds.of(themes);
    try (Analyzer analyzer = Analyzers.perField()) {
      QueryTerms words = QueryTerms.of(
          QueryReader.read(queryText, ranking, analyzer, ids, null), Set.of(ranking.fields()));
      List<WordPair> pairs = new ArrayList<>();
      Map<String, Map<String, String>> typed = new HashMap<>();
      for (WordPair p : WordPair.of(words, ranking, Set.of(ranking.fields()), 1f)) {
        Map<String, String> surface = typed.computeIfAbsent(p.field(),
            f -> wordsOf(analyzer, f, queryText));
        Optional<String> first = word(analyzer, p.field(), p.first(), surface);
        Optional<String> second = word(analyzer, p.field(), p.second(), surface);
        if (first.isPresent() && second.isPresent()
            && analysed(analyzer, p.field(), first.get() + " " + second.get())
                .equals(List.of(p.first(), p.second()))) {
          pairs.add(new WordPair(p.field(), first.get(), second.get(), p.weight()));
        }
      }
      return pairs;
    }
  }

  /**
   * Each term of the query's runs of letters and digits, with the typed text it came from: the
   * runs leave out the syntax ({@code title:}, quotes, operators), which a tokenizer may join to
   * a word.
   */
  private static Map<String, String> wordsOf(Analyzer analyzer, String field, String query) {
    Map<String, String> words = new HashMap<>();
    int i = 0;
    while (i < query.length()) {
      int cp = query.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < query.length() && Character.isLetterOrDigit(query.codePointAt(i))) {
        i += Character.charCount(query.codePointAt(i));
      }
      String run = query.substring(start, i);
      try (TokenStream stream = analyzer.tokenStream(field, run)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          words.putIfAbsent(term.toString(),
              run.substring(offset.startOffset(), offset.endOffset()));
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return words;
  }

  /** A word that analyses to {@code term} alone: the typed one, or the term itself. */
  private static Optional<String> word(Analyzer analyzer, String field, String term,
      Map<String, String> typed) {
    for (String candidate : new String[] {typed.get(term), term}) {
      if (candidate != null && analysed(analyzer, field, candidate).equals(List.of(term))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The terms of {@code text}, or none when one is not right after the one before. */
  private static List<String> analysed(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute step = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (step.getPositionIncrement() != 1) {
          return List.of();
        }
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
