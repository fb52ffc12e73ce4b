package org.brimine.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

/**
 * Each analyzer of {@link Analyzers#perField}, token by token, in the manner of Lucene's
 * BaseTokenStreamTestCase: the terms, their start and end offsets, their position increments,
 * the final offset, and that the analyzer gives the same again when reused. The English text
 * field (under each stemming), the exact fields, the id fields, and Chinese text as words.
 */
class AnalyzersTest {
  /** What a stream gave: terms, offsets, position increments, and its final offset. */
  private record Analysed(String[] terms, int[] starts, int[] ends, int[] increments,
      int finalOffset) {}

  /** Reads a stream as a consumer must: reset, incrementToken to the end, end, close. */
  private static Analysed analyse(Analyzer analyzer, String field, String text)
      throws IOException {
    List<String> terms = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment =
          stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      stream.reset();
      int last = -1;
      while (stream.incrementToken()) {
        terms.add(term.toString());
        spans.add(new int[] {offset.startOffset(), offset.endOffset(),
            increment.getPositionIncrement()});
        assertEquals(1, length.getPositionLength(), "no token spans positions: " + term);
        assertFalse(offset.startOffset() < last, "offsets go forward at " + term);
        last = offset.startOffset();
      }
      assertFalse(stream.incrementToken(), "stays exhausted");
      stream.end();
      return new Analysed(terms.toArray(String[]::new),
          spans.stream().mapToInt(s -> s[0]).toArray(),
          spans.stream().mapToInt(s -> s[1]).toArray(),
          spans.stream().mapToInt(s -> s[2]).toArray(), offset.endOffset());
    }
  }

  /** BaseTokenStreamTestCase.assertAnalyzesTo, twice, so that a reused analyzer is checked. */
  private static void assertAnalyzesTo(Analyzer analyzer, String field, String text,
      String[] terms, int[] starts, int[] ends, int[] increments) throws IOException {
    for (int round = 0; round < 2; round++) {
      Analysed a = analyse(analyzer, field, text);
      assertArrayEquals(terms, a.terms(), "terms of '" + text + "' in " + field);
      assertArrayEquals(starts, a.starts(), "start offsets of '" + text + "'");
      assertArrayEquals(ends, a.ends(), "end offsets of '" + text + "'");
      assertArrayEquals(increments, a.increments(), "position increments of '" + text + "'");
      assertEquals(text.length(), a.finalOffset(), "final offset of '" + text + "'");
    }
  }

  private static String[] t(String... terms) {
    return terms;
  }

  private static int[] i(int... values) {
    return values;
  }

  private static final String ENGLISH = "The AIIB's loans to Myanmar's railways";

  @Test
  void englishTextDropsPossessivesAndStopWordsAndStemsWithPorter() throws IOException {
    try (Analyzer a = Analyzers.perField()) {
      // "The" and "to" are stop words: the next token's increment counts the hole
      assertAnalyzesTo(a, Schema.TITLE, ENGLISH, t("aiib", "loan", "myanmar", "railwai"),
          i(4, 11, 20, 30), i(10, 16, 29, 38), i(2, 1, 2, 1));
    }
  }

  @Test
  void englishTextUnderEachStemming() throws IOException {
    String text = "financial cooperation policies";
    try (Analyzer porter = Analyzers.perField(Stemming.PORTER);
        Analyzer krovetz = Analyzers.perField(Stemming.KROVETZ);
        Analyzer none = Analyzers.perField(Stemming.NONE)) {
      int[] starts = i(0, 10, 22);
      int[] ends = i(9, 21, 30);
      int[] increments = i(1, 1, 1);
      assertAnalyzesTo(porter, Schema.BODY, text, t("financi", "cooper", "polici"), starts, ends,
          increments);
      assertAnalyzesTo(krovetz, Schema.BODY, text, t("financial", "cooperation", "policy"),
          starts, ends, increments);
      assertAnalyzesTo(none, Schema.BODY, text, t("financial", "cooperation", "policies"),
          starts, ends, increments);
    }
  }

  @Test
  void exactFieldsKeepTheWholeValueLowerCasedAndFoldedToAscii() throws IOException {
    try (Analyzer a = Analyzers.perField()) {
      assertAnalyzesTo(a, Schema.AUTHOR, "Wang Nan", t("wang nan"), i(0), i(8), i(1));
      assertAnalyzesTo(a, Schema.VENUE, "Économie Internationale",
          t("economie internationale"), i(0), i(23), i(1));
      assertAnalyzesTo(a, Schema.ORG, "Asian Infrastructure Investment Bank",
          t("asian infrastructure investment bank"), i(0), i(36), i(1));
    }
  }

  @Test
  void idFieldsKeepTheValueAsItIs() throws IOException {
    try (Analyzer a = Analyzers.perField()) {
      assertAnalyzesTo(a, Schema.ID, "Zhang-2019-BRI Finance", t("Zhang-2019-BRI Finance"), i(0),
          i(22), i(1));
    }
  }

  @Test
  void chineseTextIsCutIntoWordsWithTheirOffsetsAndPositions() throws IOException {
    try (Analyzer words = Analyzers.perField(Stemming.DEFAULT, HanText.WORDS);
        Analyzer defaults = Analyzers.perField()) {
      // 资金融通 (financial integration) is two words of the SmartChinese dictionary
      assertAnalyzesTo(words, Schema.BODY, "资金融通和AIIB", t("资金", "融通", "和", "aiib"),
          i(0, 2, 4, 5), i(2, 4, 5, 9), i(1, 1, 1, 1));
      // the default: the dictionary lacks 一带一路 (Belt and Road) and leaves four characters,
      // which become overlapping pairs; 倡议 (initiative) is a word
      assertAnalyzesTo(defaults, Schema.TITLE, "一带一路 倡议", t("一带", "带一", "一路", "倡议"),
          i(0, 1, 2, 5), i(2, 3, 4, 7), i(1, 1, 1, 1));
    }
  }
}
