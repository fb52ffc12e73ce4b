package org.brimine.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.brimine.model.Token;
import org.junit.jupiter.api.Test;

/** How terms match tokens, for Chinese characters and English words. */
class TermMatcherTest {
  private static final TermMatcher.Term RAILWAY = new TermMatcher.Term("facilities-connectivity",
      "中老铁路", TermMatcher.words("中老铁路"), 2);
  private static final String TEXT = "中老铁路全线通车。";

  /** Tokens that cut TEXT at the given lengths, with their offsets. */
  private static List<Token> cut(int... lengths) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (int length : lengths) {
      String word = TEXT.substring(at, at + length);
      tokens.add(new Token(word, word, "NN", at, at + length));
      at += length;
    }
    return tokens;
  }

  private static List<String> matchedText(List<Token> tokens) {
    List<Token> content = TermMatcher.content(tokens, t -> false);
    List<String> found = new ArrayList<>();
    for (TermMatcher.Match m : new TermMatcher(List.of(RAILWAY)).find(content)) {
      found.add(TEXT.substring(content.get(m.first()).start(), content.get(m.last()).end()));
    }
    return found;
  }

  @Test
  void aChineseTermIsOneWordPerCharacter() {
    assertEquals(List.of("中", "老", "铁", "路"), TermMatcher.words("中老铁路"));
    assertEquals(List.of("5g", "网", "络"), TermMatcher.words("5G网络"));
  }

  @Test
  void aChineseTermMatchesHoweverTheTokenizerCutTheCharacters() {
    // One token for the whole run (the English tokenizer), words (a segmenter), characters.
    assertEquals(List.of("中老铁路"), matchedText(cut(8, 1)));
    assertEquals(List.of("中老铁路"), matchedText(cut(2, 2, 2, 2, 1)));
    assertEquals(List.of("中老铁路"), matchedText(cut(1, 1, 1, 1, 1, 1, 1, 1, 1)));
    assertEquals(List.of("中老铁路"), matchedText(cut(1, 3, 3, 2)));
  }

  @Test
  void aChineseTermInsideALongerChineseTermOfAnotherThemeDoesNotCount() {
    TermMatcher.Term trade = new TermMatcher.Term("unimpeded-trade", "进出口",
        TermMatcher.words("进出口"), 2);
    TermMatcher.Term bank = new TermMatcher.Term("financial-integration", "进出口银行",
        TermMatcher.words("进出口银行"), 2);
    String text = "中国进出口银行提供贷款";
    List<Token> content = TermMatcher.content(List.of(new Token(text, text, "NN", 0, 10)),
        t -> false);
    List<TermMatcher.Match> all = new TermMatcher(List.of(trade, bank)).find(content);
    assertEquals(2, all.size());
    assertEquals(List.of(bank), TermMatcher.withoutHanInsideLonger(all,
        Set.of("unimpeded-trade", "financial-integration")).stream()
        .map(TermMatcher.Match::term).toList());
    assertEquals(all, TermMatcher.withoutHanInsideLonger(all, Set.of("financial-integration")),
        "a theme that is not a line overlays the lines and takes no words from them");
  }

  @Test
  void englishTermsAreSplitAsBefore() {
    assertEquals(List.of("people", "to", "people", "bond"),
        TermMatcher.words("people-to-people bond"));
    assertEquals(List.of("people", "heart"), TermMatcher.words("people's heart"));
  }
}
