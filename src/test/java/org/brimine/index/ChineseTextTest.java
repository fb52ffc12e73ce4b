package org.brimine.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The text analyzer on Chinese, mixed and English text, token by token. */
class ChineseTextTest {

  /** Each token as term[start,end)+increment, read as a consumer must (reset ... close). */
  private static List<String> tokens(HanText han, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (Analyzer analyzer = Analyzers.perField(Stemming.DEFAULT, han);
        TokenStream stream = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term + "[" + offset.startOffset() + "," + offset.endOffset() + ")+"
            + position.getPositionIncrement());
      }
      stream.end();
      out.add("end " + offset.endOffset());
    }
    return out;
  }

  @Test
  void chineseRunIsCutIntoWordsWithTheirOffsets() throws IOException {
    assertEquals(List.of("资金[0,2)+1", "融通[2,4)+1", "end 4"),
        tokens(HanText.DEFAULT, "资金融通"));
  }

  @Test
  void wordTheDictionaryLacksBecomesAPairNotTwoCharacters() throws IOException {
    // the segmenter leaves 光 and 伏 of 光伏 (photovoltaic) apart
    assertEquals(List.of("光[0,1)+1", "伏[1,2)+1", "end 2"), tokens(HanText.WORDS, "光伏"));
    assertEquals(List.of("光伏[0,2)+1", "end 2"), tokens(HanText.DEFAULT, "光伏"));
  }

  @Test
  void punctuationAndSpacesEndARun() throws IOException {
    assertEquals(List.of("资金[0,2)+1", "融通[3,5)+1", "end 5"), tokens(HanText.DEFAULT, "资金，融通"));
    assertEquals(List.of("资金[0,2)+1", "融通[3,5)+1", "end 5"), tokens(HanText.DEFAULT, "资金 融通"));
  }

  @Test
  void mixedTextKeepsEnglishAnalysisForLatinWords() throws IOException {
    assertEquals(List.of("lng[0,3)+1", "项目[3,5)+1", "financi[6,15)+1", "cooper[16,27)+1",
        "人民币[28,31)+1", "end 31"),
        tokens(HanText.DEFAULT, "LNG项目 financial cooperation 人民币"));
  }

  @Test
  void englishTextGivesTheSameTokensWhateverTheChineseAnalysis() throws IOException {
    String english = "The AIIB's loans to Myanmar's railways, in 2017 (e-commerce); PPP/BOT.";
    List<String> before = tokens(HanText.CHARACTERS, english);
    for (HanText han : HanText.values()) {
      assertEquals(before, tokens(han, english), han.label());
    }
  }

  @Test
  void charactersWasOneTokenPerCharacter() throws IOException {
    assertEquals(List.of("资[0,1)+1", "金[1,2)+1", "融[2,3)+1", "通[3,4)+1", "end 4"),
        tokens(HanText.CHARACTERS, "资金融通"));
  }

  @Test
  void bigramsOverlap() throws IOException {
    assertEquals(List.of("资金[0,2)+1", "金融[1,3)+1", "融通[2,4)+1", "end 4"),
        tokens(HanText.BIGRAMS, "资金融通"));
  }

  @Test
  void analyzerIsReusableAfterAStreamThatEndedInARun() throws IOException {
    try (Analyzer analyzer = Analyzers.perField()) {
      for (int i = 0; i < 2; i++) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Schema.TITLE, "bank 资金融通")) {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          stream.reset();
          while (stream.incrementToken()) {
            terms.add(term.toString());
          }
          stream.end();
        }
        assertEquals(List.of("bank", "资金", "融通"), terms);
      }
    }
  }
}
