package org.brimine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Record text is marked Chinese by its script, element by element. */
class TextLanguageTest {
  @ParameterizedTest(name = "{0} -> [{1}]")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      “一带一路”倡议下亚投行的发展研究                                  | ' lang=zh'
      亚洲基础设施投资银行（AIIB）与 Belt and Road Initiative 的融资      | ' lang=zh'
      李明                                                          | ' lang=zh'
      The Belt and Road Initiative, known in Chinese as 一带一路        | ''
      Currency Swaps and the AIIB                                   | ''
      2021, (3): 12-20                                              | ''
      NULL                                                          | ''
      """)
  void marksTextWhoseLettersAreAFifthHanOrMore(String text, String attribute) {
    assertEquals(attribute, TextLanguage.attribute(text));
  }

  @Test
  void marksAChineseNameWithASpanAndEscapesEveryName() {
    assertEquals("<span lang=\"zh\">国际金融研究 &amp; 金融</span>",
        Templates.render("report/marked.jte", "国际金融研究 & 金融"));
    assertEquals("Ports &amp; Bonds", Templates.render("report/marked.jte", "Ports & Bonds"));
  }
}
