package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which paragraphs of a text go to the Chinese pipeline and which to the English one. */
class LanguageRunsTest {
  @Test
  void anEnglishTextIsOneEnglishRunEvenQuotingChinese() {
    String text = "The Belt and Road (一带一路) was launched in 2013.\n\nIt spans Asia.";
    assertEquals(List.of(new LanguageRuns.Run(0, text.length(), false)), LanguageRuns.of(text));
  }

  @Test
  void chineseAndEnglishParagraphsAreSeparateRunsCutAtTheBlankLine() {
    String zh = "一带一路倡议由中国于2013年提出。\n\n亚投行（AIIB）为项目提供融资。";
    String en = "The Belt and Road Initiative was proposed in 2013.";
    String text = zh + "\n\n" + en + "\n\n" + zh;
    int enStart = zh.length() + 2;
    int zhStart = enStart + en.length() + 2;
    assertEquals(List.of(new LanguageRuns.Run(0, enStart, true),
        new LanguageRuns.Run(enStart, zhStart, false),
        new LanguageRuns.Run(zhStart, text.length(), true)), LanguageRuns.of(text));
  }

  @Test
  void aParagraphWithoutLettersJoinsTheRunBeforeIt() {
    String text = "中国与哈萨克斯坦签署协议。\n\n2013 — 2024\n\nThe railway opened.";
    int en = text.indexOf("The");
    assertEquals(List.of(new LanguageRuns.Run(0, en, true),
        new LanguageRuns.Run(en, text.length(), false)), LanguageRuns.of(text));
  }

  @Test
  void anEmptyTextIsOneEmptyEnglishRun() {
    assertEquals(List.of(new LanguageRuns.Run(0, 0, false)), LanguageRuns.of(""));
  }
}
