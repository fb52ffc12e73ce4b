package org.brimine.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.brimine.model.Token;

/**
 * Finds taxonomy terms in a sentence's tokens. A term word matches a token when it equals the
 * token's lower-cased lemma or word; punctuation and possessive tokens are skipped, so
 * "people's heart" matches "people heart" and "people-to-people" matches "people to people".
 * A one-word term does not match a capitalised proper noun: it is part of a name.
 *
 * <p>Chinese (Han) characters are matched one by one: a token holding Han characters becomes one
 * content token per character (and one per run of letters or digits between them), and a term
 * with Han characters is one word per character. A Chinese term thus matches the characters of
 * the sentence in a row, whatever the tokenizer made of them, and its match still spans content
 * tokens with offsets into the text.
 */
final class TermMatcher {
  /** A term of one theme, as words, with its weight. */
  record Term(String theme, String text, List<String> words, double weight) {
    /** Whether the term is Chinese: it has Han characters. */
    boolean han() {
      return text.codePoints().anyMatch(TermMatcher::isHan);
    }
  }

  /** A term found: which term, and the content-token positions it spans. */
  record Match(Term term, int first, int last) {}

  private final Map<String, List<Term>> byFirstWord = new HashMap<>();

  TermMatcher(List<Term> terms) {
    for (Term term : terms) {
      byFirstWord.computeIfAbsent(term.words().get(0), k -> new ArrayList<>()).add(term);
    }
  }

  /** Splits a term as written in the taxonomy into words; a Han character is a word. */
  static List<String> words(String term) {
    if (term.codePoints().anyMatch(TermMatcher::isHan)) {
      List<String> words = new ArrayList<>();
      for (Token t : hanParts(new Token(term, null, "", 0, term.length()))) {
        words.add(t.word());
      }
      return words;
    }
    List<String> words = new ArrayList<>();
    for (String w : term.toLowerCase(Locale.ROOT).replace("'s", "").split("[\\s\\-]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * The tokens that take part in matching: words and numbers, not punctuation, with hyphenated
   * tokens ("e-commerce", "people-to-people") split into their parts; tokens for which
   * {@code skip} is true are left out.
   */
  static List<Token> content(List<Token> tokens, java.util.function.Predicate<Token> skip) {
    List<Token> content = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (t.pos().equals("POS") || skip.test(t)
          || t.word().codePoints().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      if (t.word().codePoints().anyMatch(TermMatcher::isHan)) {
        content.addAll(hanParts(t));
      } else if (t.word().indexOf('-') > 0 && t.word().length() > 2) {
        for (String part : t.word().split("-")) {
          if (!part.isEmpty()) {
            content.add(new Token(part, part.toLowerCase(Locale.ROOT), t.pos(), t.start(),
                t.end()));
          }
        }
      } else {
        content.add(t);
      }
    }
    return content;
  }

  /** Whether a code point is a Chinese (Han) character. */
  static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * A token with Han characters as one token per Han character and one per run of letters or
   * digits ("2018年" is "2018", "年"), lower-cased, with their offsets; other characters drop.
   */
  private static List<Token> hanParts(Token t) {
    List<Token> parts = new ArrayList<>();
    String w = t.word();
    int i = 0;
    while (i < w.length()) {
      int c = w.codePointAt(i);
      int j = i + Character.charCount(c);
      if (!isHan(c)) {
        if (!Character.isLetterOrDigit(c)) {
          i = j;
          continue;
        }
        while (j < w.length() && !isHan(w.codePointAt(j))
            && Character.isLetterOrDigit(w.codePointAt(j))) {
          j += Character.charCount(w.codePointAt(j));
        }
      }
      String part = w.substring(i, j).toLowerCase(Locale.ROOT);
      parts.add(new Token(part, part, t.pos(), Math.min(t.start() + i, t.end()),
          Math.min(t.start() + j, t.end())));
      i = j;
    }
    return parts;
  }

  /** Every term occurrence in the content tokens; overlapping ones included. */
  List<Match> find(List<Token> content) {
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      for (String key : keys(content.get(i))) {
        for (Term term : byFirstWord.getOrDefault(key, List.of())) {
          if (matchesAt(term, content, i)) {
            matches.add(new Match(term, i, i + term.words().size() - 1));
          }
        }
      }
    }
    return matches;
  }

  /**
   * The matches less the Chinese ones of a line that lie strictly inside a longer Chinese match of
   * another line: without spaces, "进出口" (trade) inside "进出口银行" (a bank) is no word of its
   * own. Only themes among {@code lines} (the five connectivity lines, which divide the subject)
   * compete so; the other themes overlay the lines ("基础设施项目" is infrastructure investment and
   * still says "基础设施"). English matches are kept as they are.
   */
  static List<Match> withoutHanInsideLonger(List<Match> matches, Set<String> lines) {
    List<Match> kept = new ArrayList<>(matches.size());
    for (Match m : matches) {
      boolean inside = m.term().han() && lines.contains(m.term().theme())
          && matches.stream().anyMatch(o -> o.term().han() && lines.contains(o.term().theme())
          && !o.term().theme().equals(m.term().theme()) && o.first() <= m.first()
          && m.last() <= o.last() && o.last() - o.first() > m.last() - m.first());
      if (!inside) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static boolean matchesAt(Term term, List<Token> content, int start) {
    if (start + term.words().size() > content.size()) {
      return false;
    }
    if (term.words().size() == 1 && isPartOfName(content.get(start))) {
      return false;
    }
    for (int k = 1; k < term.words().size(); k++) {
      if (!keys(content.get(start + k)).contains(term.words().get(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a token is a capitalised proper noun ("Road" in "Silk Road Fund", "Port" in a port
   * authority's name): one word of a name is no subject word. Acronyms (AIIB, FTA) still count.
   */
  private static boolean isPartOfName(Token t) {
    return t.pos().startsWith("NNP") && !t.word().equals(t.word().toUpperCase(Locale.ROOT));
  }

  static Set<String> keys(Token t) {
    String word = t.word().toLowerCase(Locale.ROOT);
    String lemma = t.lemma() == null ? word : t.lemma().toLowerCase(Locale.ROOT);
    return word.equals(lemma) ? Set.of(word) : Set.of(word, lemma);
  }
}
