package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Gazetteer names in Chinese matched on the Chinese segmenter's words, which need not cut a
 * name as the English tokenizer that reads the gazetteer does (tokens built here as the
 * segmenter gives them).
 */
class ChineseGazetteerMatchTest {
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() throws Exception {
    String tsv = "Asian Infrastructure Investment Bank\tFIN_INSTITUTION\t亚洲基础设施投资银行|亚投行\n"
        + "China\tCOUNTRY\t中国\n";
    gazetteer = Gazetteer.parse(new BufferedReader(new StringReader(tsv)),
        new StanfordCoreNLP(PipelineProperties.tokenizeOnly()));
  }

  private static List<CoreLabel> words(String... words) {
    List<CoreLabel> tokens = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      CoreLabel t = new CoreLabel();
      t.setOriginalText(w);
      t.setWord(w);
      t.setBeginPosition(at);
      t.setEndPosition(at + w.length());
      at += w.length();
      tokens.add(t);
    }
    return tokens;
  }

  /** The names found, with their character spans in the words joined. */
  private static List<String> found(List<CoreLabel> tokens) {
    String text = String.join("", tokens.stream().map(CoreLabel::originalText).toList());
    return gazetteer.find(text, 0, tokens).stream()
        .map(m -> m.entry().canonical() + " " + m.start() + "-" + m.end()).toList();
  }

  @Test
  void matchesANameTheSegmenterCutIntoSeveralWords() {
    assertEquals(List.of("Asian Infrastructure Investment Bank 0-10", "China 12-14"),
        found(words("亚洲", "基础设施", "投资", "银行", "支持", "中国", "项目")));
  }

  @Test
  void matchesANameThatIsOneWord() {
    assertEquals(List.of("Asian Infrastructure Investment Bank 1-4"),
        found(words("由", "亚投行", "融资")));
  }

  /**
   * Chinese names are matched by character at any position, whatever the segmenter's words
   * (issue 15: no reliance on segmentation); a word that contains a name without being one is
   * listed in not-names.txt instead (发展中国家).
   */
  @Test
  void matchesInsideASegmentersWord() {
    assertEquals(List.of("China 0-2"), found(words("中国人", "喜欢", "茶")));
  }
}
