package org.brimine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The byline of a Chinese paper, as PDF extraction prints it, read into author names. */
class BylineTest {

  static Stream<Arguments> bylines() {
    return Stream.of(
        Arguments.of("王明¹ 李华²", List.of("王明", "李华")),
        Arguments.of("陈静1，赵国强2，周丽1", List.of("陈静", "赵国强", "周丽")),
        Arguments.of("王 明1, 李 华2", List.of("王明", "李华")),
        Arguments.of("张伟1,2 李娜2*", List.of("张伟", "李娜")),
        Arguments.of("欧阳明华1、买买提·吐尔逊2", List.of("欧阳明华", "买买提·吐尔逊")),
        Arguments.of("王明 李华", List.of("王明", "李华")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bylines")
  void readsTheNamesOfABylineUnderTheTitle(String byline, List<String> names) {
    assertEquals(names, Byline.find(lines("一带一路资金融通研究", byline, "（1. 华东金融大学，上海）"))
        .names());
  }

  @ParameterizedTest
  @ValueSource(strings = {"基于口岸数据的分析", "——以中老铁路为例", "新华社记者傅云威 张健",
      "WANG Ming, LI Hua", "摘要：本文研究口岸。"})
  void aLineThatIsNoBylineGivesNoAuthors(String line) {
    assertNull(Byline.find(lines("一带一路资金融通研究", line, "摘要：本文研究资金融通。")));
  }

  @Test
  void theLinesAboveTheBylineAreTheTitle() {
    List<Line> front = lines("中欧班列与“一带一路”贸易畅通：", "基于口岸数据的分析", "陈静1，赵国强2");
    Byline byline = Byline.find(front);
    assertEquals(2, byline.index());
    assertEquals("中欧班列与“一带一路”贸易畅通：基于口岸数据的分析", byline.title(front));
  }

  @Test
  void theIssueLineOfTheJournalAboveTheTitleIsNoPartOfIt() {
    List<Line> front = lines("国际金融研究 2021年第4期 Vol.38 No.4", "资金融通研究", "王明1，李华2");
    assertEquals("资金融通研究", Byline.find(front).title(front));
  }

  private static List<Line> lines(String... texts) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (String text : texts) {
      lines.add(new Line(text, start));
      start += text.length() + 1;
    }
    return lines;
  }
}
