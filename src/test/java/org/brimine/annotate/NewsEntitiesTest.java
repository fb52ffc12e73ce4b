package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brimine.model.AnnotatedText;
import org.brimine.model.EntityMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product pipeline (real CoreNLP, loaded once for the class) on news-like text written for
 * the test: people counted once under their full name, no pronouns, outlets apart from
 * organisations; and long texts annotated in chunks.
 */
class NewsEntitiesTest {
  private static final String NEWS = "Indonesian President Joko Widodo met business leaders in "
      + "Jakarta on Monday to discuss the high-speed railway.\n\n"
      + "Jokowi said the line would carry ten million passengers in its first year. Widodo "
      + "added that he wanted more Chinese investment, and his ministers agreed with him.\n\n"
      + "President Widodo later flew to Beijing, Reuters reported. The Jakarta Post said he "
      + "would meet Chinese President Xi Jinping, and that President Xi welcomed the plan. "
      + "She said they would sign two agreements, a spokeswoman told Xinhua.";

  private static CoreNlp nlp;
  private static TextAnnotator annotator;

  @BeforeAll
  static void load() {
    nlp = new CoreNlp(NerMode.PRODUCT);
    annotator = new TextAnnotator(nlp, Gazetteer.load(), EntityFilter.load(), PersonNames.load());
  }

  private static Map<String, Integer> counts(AnnotatedText text, String type) {
    Map<String, Integer> counts = new TreeMap<>();
    text.mentions().stream().filter(m -> m.type().equals(type))
        .forEach(m -> counts.merge(m.canonical(), 1, Integer::sum));
    return counts;
  }

  @Test
  void countsEachPersonOnceUnderTheFullNameWithoutPronouns() {
    AnnotatedText text = annotator.annotate(NEWS);
    assertEquals(Map.of("Joko Widodo", 4, "Xi Jinping", 2), counts(text, "PERSON"),
        text.mentions().toString());
  }

  @Test
  void neverTagsAPronounAsAnEntity() {
    AnnotatedText text = annotator.annotate(NEWS + "\n\nHe said: \"We and they and I, "
        + "Her and His, know it.\"");
    List<String> pronouns = text.mentions().stream().map(EntityMention::text)
        .filter(t -> t.matches("(?i)he|his|him|she|her|they|we|i")).toList();
    assertEquals(List.of(), pronouns);
  }

  @Test
  void keepsNewsOutletsOutOfTheOrganisations() {
    AnnotatedText text = annotator.annotate(NEWS);
    assertEquals(Map.of(), counts(text, "ORGANIZATION"));
    assertEquals(Map.of("Reuters", 1, "Jakarta Post", 1, "Xinhua News Agency", 1),
        counts(text, "PUBLICATION"));
  }

  @Test
  void linksAShortNameToTheFullNameMetEarlierInTheText() {
    List<EntityMention> mentions = PersonNames.load().link(List.of(
        person("Lee", 0), person("Lee Hsien Loong", 10), person("Lee Kuan Yew", 30),
        person("Lee", 50), person("Hsien Loong", 60), person("Yew", 70)));
    assertEquals(List.of("Lee", "Lee Hsien Loong", "Lee Kuan Yew", "Lee Kuan Yew",
        "Lee Hsien Loong", "Lee Kuan Yew"),
        mentions.stream().map(EntityMention::canonical).toList(),
        "the first Lee fits two names, both met only later: it stays; the second Lee is the "
            + "one met last");
  }

  @Test
  void annotatesALongTextInChunksExactlyAsWhole() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      text.append(NEWS).append("\n\nThe Asian Infrastructure Investment Bank lent to Burma in ")
          .append("renminbi, and the AIIB's board met in Kuala Lumpur.\n\n");
    }
    String s = text.toString();
    TextAnnotator chunked = new TextAnnotator(nlp, Gazetteer.load(), EntityFilter.load(),
        PersonNames.load(), 400);
    assertTrue(TextChunks.of(s, 400).size() > 8, "the test must cut the text");
    AnnotatedText whole = annotator.annotate(s);
    AnnotatedText inChunks = chunked.annotate(s);
    assertEquals(whole.sentences(), inChunks.sentences());
    assertEquals(whole.mentions(), inChunks.mentions());
    for (EntityMention m : inChunks.mentions()) {
      assertEquals(m.text(), s.substring(m.start(), m.end()));
      var sentence = inChunks.sentences().get(m.sentence());
      assertTrue(sentence.start() <= m.start() && m.end() <= sentence.end(), m.toString());
    }
  }

  @Test
  void givesAChineseSentenceItsEntitiesUnderEnglishCanonicals() {
    String text = "亚投行和丝路基金为中老铁路提供融资，老挝与中国的合作超越了发展中国家的期待。";
    List<String> found = annotator.annotate(text).mentions().stream()
        .map(m -> m.text() + " " + m.canonical() + " " + m.type()).toList();
    assertEquals(List.of("亚投行 Asian Infrastructure Investment Bank FIN_INSTITUTION",
        "丝路基金 Silk Road Fund FIN_INSTITUTION", "中老铁路 China-Laos Railway PROJECT",
        "老挝 Laos COUNTRY", "中国 China COUNTRY"), found);
  }

  private static EntityMention person(String name, int start) {
    return new EntityMention("PERSON", name, name, 0, start, start + name.length(), "ner");
  }
}
