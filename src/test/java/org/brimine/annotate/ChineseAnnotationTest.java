package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.brimine.Fixtures;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Entity;
import org.brimine.model.EntityMention;
import org.brimine.model.Keyphrase;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Sentence;
import org.brimine.model.Token;
import org.brimine.parse.PaperParser;
import org.brimine.themes.KeyphraseExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The product's Chinese pipeline (real CoreNLP models unpacked from the models-chinese jar,
 * loaded once for the class) on paragraphs written for the test, alone and beside English ones.
 */
class ChineseAnnotationTest {
  private static final String ZH = "中国国家主席习近平在北京会见了哈萨克斯坦总统托卡耶夫。"
      + "双方同意加强铁路和港口合作，中国进出口银行将为阿斯塔纳的铁路项目提供贷款！"
      + "亚洲基础设施投资银行也参与了该项目的融资。";
  private static final String EN = "Indonesian President Joko Widodo met business leaders in "
      + "Jakarta on Monday to discuss the high-speed railway. The Export-Import Bank of China "
      + "lends to the project.";

  private static CoreNlp english;
  private static TextAnnotator annotator;

  @BeforeAll
  static void load() {
    english = new CoreNlp(NerMode.PRODUCT);
    CoreNlp chinese = CoreNlp.chinese(NerMode.PRODUCT);
    annotator = new TextAnnotator(english, () -> chinese, Gazetteer.load(), EntityFilter.load(),
        PersonNames.load());
  }

  private static String canonicalOf(AnnotatedText text, String mention) {
    return text.mentions().stream().filter(m -> m.text().equals(mention))
        .map(EntityMention::canonical).findFirst().orElseThrow(() -> new AssertionError(
            mention + " not found in " + text.mentions()));
  }

  private static Set<String> mentions(AnnotatedText text, String type) {
    return text.mentions().stream().filter(m -> m.type().equals(type))
        .map(EntityMention::text).collect(Collectors.toSet());
  }

  @Test
  void segmentsChineseIntoWordsAndSplitsSentencesAtFullStops() {
    AnnotatedText text = annotator.annotate(ZH);
    List<String> sentences = text.sentences().stream().map(Sentence::text).toList();
    assertEquals(3, sentences.size(), sentences.toString());
    assertTrue(sentences.get(0).endsWith("。"), sentences.get(0));
    assertTrue(sentences.get(1).endsWith("！"), sentences.get(1));
    List<String> words = text.sentences().get(0).tokens().stream().map(Token::word).toList();
    assertTrue(words.containsAll(List.of("习近平", "北京", "会见", "哈萨克斯坦", "总统")),
        words.toString());
    for (Sentence s : text.sentences()) {
      for (Token t : s.tokens()) {
        assertEquals(t.word(), ZH.substring(t.start(), t.end()));
      }
    }
  }

  @Test
  void tagsChineseWordsWithCtbTags() {
    AnnotatedText text = annotator.annotate(ZH);
    Token beijing = text.sentences().get(0).tokens().stream()
        .filter(t -> t.word().equals("北京")).findFirst().orElseThrow();
    Token meet = text.sentences().get(0).tokens().stream()
        .filter(t -> t.word().equals("会见")).findFirst().orElseThrow();
    assertEquals("NR", beijing.pos());
    assertEquals("VV", meet.pos());
  }

  @Test
  void findsChinesePeopleOrganisationsAndPlaces() {
    AnnotatedText text = annotator.annotate(ZH);
    assertTrue(mentions(text, "PERSON").containsAll(Set.of("习近平", "托卡耶夫")),
        text.mentions().toString());
    assertTrue(mentions(text, "LOCATION").contains("北京"), text.mentions().toString());
    assertFalse(text.mentions().stream().filter(m -> m.type().equals("ORGANIZATION")
        || m.type().equals("FIN_INSTITUTION")).toList().isEmpty(), text.mentions().toString());
  }

  @Test
  void annotatesTheEnglishParagraphsOfABilingualTextAsBefore() {
    AnnotatedText alone = new TextAnnotator(english, () -> {
      throw new AssertionError("an English text must not load the Chinese pipeline");
    }, Gazetteer.load(), EntityFilter.load(), PersonNames.load()).annotate(EN);
    String both = ZH + "\n\n" + EN;
    AnnotatedText text = annotator.annotate(both);
    int shift = ZH.length() + 2;
    List<Sentence> english = text.sentences().stream().filter(s -> s.start() >= shift).toList();
    assertEquals(alone.sentences().size(), english.size());
    for (int i = 0; i < english.size(); i++) {
      List<Token> expected = alone.sentences().get(i).tokens().stream()
          .map(t -> new Token(t.word(), t.lemma(), t.pos(), t.start() + shift, t.end() + shift))
          .toList();
      assertEquals(expected, english.get(i).tokens());
    }
    List<String> expectedMentions = alone.mentions().stream()
        .map(m -> m.type() + " " + m.canonical() + " " + (m.start() + shift)).toList();
    List<String> englishMentions = text.mentions().stream().filter(m -> m.start() >= shift)
        .map(m -> m.type() + " " + m.canonical() + " " + m.start()).toList();
    assertEquals(expectedMentions, englishMentions);
    assertTrue(text.mentions().stream().anyMatch(m -> m.end() <= ZH.length()),
        "the Chinese paragraph has entities too: " + text.mentions());
  }

  @Test
  void keyphrasesOfChineseTextAreNounCompounds() {
    List<String> phrases = new KeyphraseExtractor(20).extract(annotator.annotate(ZH)).stream()
        .map(Keyphrase::phrase).toList();
    assertTrue(phrases.stream().anyMatch(p -> p.length() >= 4 && ZH.contains(p)),
        phrases.toString());
    assertTrue(phrases.contains("铁路项目"), phrases.toString());
    phrases.forEach(p -> assertFalse(p.contains(" "), p));
  }

  @Test
  void chinesePeopleGetTheirRomanisedNamesAsCanonical() {
    AnnotatedText text = annotator.annotate(ZH);
    assertEquals("Xi Jinping", canonicalOf(text, "习近平"));
    AnnotatedText minister = annotator.annotate("外交部长王毅在北京会见了巴基斯坦外长。");
    assertEquals("Wang Yi", canonicalOf(minister, "王毅"));
  }

  @Test
  void foreignPeopleWrittenInChineseGetTheirEnglishNamesFromTheList() {
    AnnotatedText text = annotator.annotate(ZH);
    assertEquals("Kassym-Jomart Tokayev", canonicalOf(text, "托卡耶夫"));
    AnnotatedText putin = annotator.annotate("俄罗斯总统普京在莫斯科会见了土耳其总统埃尔多安。");
    assertEquals("Vladimir Putin", canonicalOf(putin, "普京"));
    assertEquals("Recep Tayyip Erdoğan", canonicalOf(putin, "埃尔多安"));
  }

  @Test
  void abbreviationsOfPartnerCountriesAreNotPlaces() {
    AnnotatedText text = annotator.annotate(
        "双方表示，将推动中柬关系和两国务实合作不断向前发展，中俄、中巴友谊历久弥坚。");
    assertTrue(text.mentions().stream().noneMatch(m -> m.type().equals("LOCATION")),
        text.mentions().toString());
  }

  @Test
  void referenceAuthorsThatAreInstitutionsStayInstitutionsAndChineseAuthorsAreRomanised() {
    PaperAnnotator papers = new PaperAnnotator(() -> annotator, Gazetteer::load, null);
    AnnotatedPaper paper = papers.annotate(new PaperParser().parse(new Paper("p",
        "papers/p.txt", Fixtures.resource("papers/zh-cnki-finance.txt"), PaperMetadata.EMPTY,
        "h")));
    List<String> people = paper.entities().stream().filter(e -> e.type().equals("PERSON"))
        .map(Entity::canonical).toList();
    assertTrue(people.containsAll(List.of("Zhang Wei", "Liu Yang", "Chen Jing")),
        people.toString());
    assertTrue(people.stream().noneMatch(p -> p.contains("银行")), people.toString());
    List<String> publications = paper.entities().stream()
        .filter(e -> e.type().equals("PUBLICATION")).map(Entity::canonical).toList();
    assertTrue(publications.stream().noneMatch(p -> p.contains("银行")), publications.toString());
    assertEquals("FIN_INSTITUTION", paper.entities().stream()
        .filter(e -> e.canonical().equals("Asian Infrastructure Investment Bank"))
        .findFirst().orElseThrow().type());
    AnnotatedPaper trade = papers.annotate(new PaperParser().parse(new Paper("r",
        "papers/r.txt", Fixtures.resource("papers/zh-cnki-trade.txt"), PaperMetadata.EMPTY,
        "h")));
    assertEquals(List.of("ORGANIZATION"), trade.entities().stream()
        .filter(e -> e.canonical().equals("国家统计局")).map(Entity::type).toList(),
        "[2] 国家统计局. 中国统计年鉴2021[M], an institution as author: " + trade.entities());
  }
}
