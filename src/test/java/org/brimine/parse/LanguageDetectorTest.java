package org.brimine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Paragraph;
import org.brimine.model.ParsedPaper;
import org.junit.jupiter.api.Test;

/** Chinese or English by script, per paragraph and per paper. */
class LanguageDetectorTest {

  @Test
  void hanTextIsChineseAndLatinTextEnglish() {
    assertEquals("zh", LanguageDetector.detect("资金融通是一带一路建设的重要支撑。"));
    assertEquals("en", LanguageDetector.detect("Financial integration supports the Belt and Road."));
  }

  @Test
  void chineseNamingEnglishTermsStaysChineseAndEnglishQuotingChineseStaysEnglish() {
    assertEquals("zh", LanguageDetector.detect(
        "“一带一路”倡议（Belt and Road Initiative, BRI）推动了亚投行（AIIB）的发展。"));
    assertEquals("en", LanguageDetector.detect(
        "The slogan 一带一路 (One Belt One Road) was used until 2015 in official English texts."));
  }

  @Test
  void textWithoutLettersHasNoLanguage() {
    assertNull(LanguageDetector.detect("2017, 35(4): 12-19."));
    assertNull(LanguageDetector.detect(""));
  }

  @Test
  void metadataLanguageWins() {
    assertEquals("en", LanguageDetector.of("en", "资金融通"));
    assertEquals("zh", LanguageDetector.of(null, "资金融通"));
  }

  @Test
  void parserGivesEachParagraphAndThePaperALanguage() {
    String text = String.join("\n",
        "“一带一路”沿线国家资金融通研究",
        "",
        "摘要：资金融通是“一带一路”建设的重要支撑，本文分析了沿线国家的金融合作。",
        "",
        "Abstract: Financial integration underpins the Belt and Road; this paper studies it.",
        "",
        "1. Introduction",
        "",
        "亚洲基础设施投资银行和丝路基金为沿线国家的基础设施建设提供了资金。",
        "",
        "The Asian Infrastructure Investment Bank lends in dollars and in renminbi.",
        "");
    Paper paper = new Paper("zh-paper", "papers/zh-paper.txt", text, PaperMetadata.EMPTY,
        Hashes.sha256(text));
    ParsedPaper parsed = new PaperParser().parse(paper);
    assertEquals("zh", parsed.language());
    // wherever the parser puts them (front matter or a section), each paragraph has its own
    List<Paragraph> paragraphs = java.util.stream.Stream.concat(parsed.frontMatter().stream(),
        parsed.sections().stream().flatMap(s -> s.paragraphs().stream())).toList();
    assertEquals("zh", languageOf(paragraphs, "亚洲基础设施投资银行和"));
    assertEquals("en", languageOf(paragraphs, "The Asian Infrastructure"));
  }

  private static String languageOf(List<Paragraph> paragraphs, String start) {
    return paragraphs.stream().filter(p -> p.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no paragraph starts with " + start + " in "
            + paragraphs)).language();
  }

  @Test
  void metadataLanguageIsThePapersLanguage() {
    String text = "资金融通是一带一路建设的重要支撑。\n";
    PaperMetadata english = new PaperMetadata("A title", List.of(), null, null, null, null, "en");
    Paper paper = new Paper("p", "papers/p.txt", text, english, Hashes.sha256(text));
    assertEquals("en", new PaperParser().parse(paper).language());
  }

  @Test
  void metadataTitlesInTwoLanguagesAreKeptAndTheChineseOneIsTheTitle() {
    String text = "本文研究港口建设的融资模式。\n";
    PaperMetadata meta = new PaperMetadata(null, List.of(), 2020, null, null, null, null,
        "Financing models of ports", "港口融资模式研究");
    ParsedPaper parsed = new PaperParser().parse(new Paper("p", "papers/p.txt", text, meta,
        Hashes.sha256(text)));
    assertEquals("港口融资模式研究", parsed.title());
    assertEquals(false, parsed.titleInferred());
    assertEquals("Financing models of ports", parsed.titleEn());
    assertEquals("港口融资模式研究", parsed.titleZh());
    assertEquals(List.of("港口融资模式研究", "Financing models of ports"), parsed.titles());
    assertEquals("zh", parsed.language());
  }
}
