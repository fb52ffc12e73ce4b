package org.brimine.themes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.brimine.Fixtures;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Keyphrase;
import org.brimine.model.Sentence;
import org.brimine.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keyphrases of Chinese text from segmented, CTB-tagged tokens (real CoreNLP Chinese output kept
 * as a fixture): noun compounds such as 光伏/NN 电站/NN, written without spaces.
 */
class ChineseKeyphraseTest {
  private static List<String> phrases;
  private static String text;

  @BeforeAll
  static void extract() {
    StringBuilder chars = new StringBuilder();
    List<List<Token>> sentences = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (String line : Fixtures.resource("themes/zh-segmented-tokens.tsv").split("\n", -1)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
        continue;
      }
      String[] f = line.split("\t");
      Token t = new Token(f[0], f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]));
      chars.setLength(Math.max(chars.length(), t.start()));
      chars.replace(t.start(), t.end(), t.word());
      current.add(t);
    }
    text = chars.toString();
    List<Sentence> built = new ArrayList<>();
    for (List<Token> tokens : sentences) {
      int start = tokens.get(0).start();
      int end = tokens.get(tokens.size() - 1).end();
      built.add(new Sentence(built.size(), text.substring(start, end), start, end, tokens));
    }
    phrases = new KeyphraseExtractor(20).extract(new AnnotatedText(text, built, List.of()))
        .stream().map(Keyphrase::phrase).toList();
  }

  @Test
  void nounCompoundsAreKeyphrasesWrittenWithoutSpaces() {
    assertTrue(phrases.containsAll(List.of("光伏电站", "供电能力", "汇率风险", "铁路货运量")),
        phrases.toString());
    for (String phrase : phrases) {
      assertFalse(phrase.contains(" "), phrase);
      assertTrue(text.contains(phrase), "not in the text: " + phrase);
    }
  }

  @Test
  void aProperNounStartsACompound() {
    assertTrue(phrases.contains("中老铁路"), phrases.toString());
  }

  @Test
  void aVagueNounNeitherBeginsNorEndsAKeyphrase() {
    assertFalse(phrases.stream().anyMatch(p -> p.startsWith("当地")), phrases.toString());
  }
}
