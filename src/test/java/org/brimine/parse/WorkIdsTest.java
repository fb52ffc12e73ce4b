package org.brimine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Work ids: romanised words for Chinese titles, English ids as they always were. */
class WorkIdsTest {
  private final ReferenceParser references = new ReferenceParser();

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      “一带一路”倡议下亚投行的发展研究               | 2021 | 2021-yi-dai-yi-lu-chang-yi-xia-ya-
      一带一路倡议下的RCEP与中国—东盟合作             | 2022 | 2022-yi-dai-yi-lu-chang-yi-xia-de-
      “一带一路”倡议下亚投行的发展研究               |      | nd-yi-dai-yi-lu-chang-yi-xia-ya-
      中国                                         | 2019 | 2019-zhong-guo-
      """)
  void romanisesAChineseTitle(String title, Integer year, String prefix) {
    String id = WorkIds.forWork(title, year);
    assertTrue(id.startsWith(prefix), id);
    assertTrue(id.substring(prefix.length()).matches("([a-z0-9]+-)*[0-9a-f]{8}"), id);
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Discussion on Financial Cooperation under the Background of "The Belt and Road" | 2017 | 2017-discussion-financial-cooperation-background-belt-e7f286a0
      International Financial Cooperation Strategy in the Context of the Belt and Road |     | nd-international-financial-cooperation-strategy-context-d6789895
      Ports                                                                            | 2020 | 2020-ports-05c852b7
      Café Économie and the Road                                                      | 2018 | 2018-road-fa0ef6f4
      """)
  void keepsTheIdsOfOtherTitles(String title, Integer year, String id) {
    assertEquals(id, WorkIds.forWork(title, year));
  }

  @Test
  void aChineseIdHasTenRomanisedWordsAndTheHashItHadBefore() {
    String id = WorkIds.forWork("“一带一路”倡议下亚投行的发展研究", 2021);
    assertEquals("2021-yi-dai-yi-lu-chang-yi-xia-ya-tou-xing-966c9a45", id);
    assertEquals(id, WorkIds.forWork("一带一路倡议下亚投行的发展研究", 2021), "quotes do not count");
    assertTrue(!id.equals(WorkIds.forWork("一带一路倡议下亚投行的发展研讨", 2021)),
        "titles that differ after ten characters are two works");
  }

  @Test
  void aChineseReferenceHasTheIdOfThePaperItCitesAddedWithoutAuthors() {
    Reference cited = references.parse(
        "李明. “一带一路”倡议下亚投行的发展研究[J]. 国际金融研究, 2021, (3): 12-20.");
    assertEquals(List.of("李明"), cited.authors(), cited.toString());
    String paper = WorkIds.forPaper(new PaperMetadata("“一带一路”倡议下亚投行的发展研究",
        List.of(), 2021, null, null, null, "zh"), "yi-dai-yi-lu");
    assertEquals(paper, WorkIds.forReference(cited));
    assertTrue(paper.startsWith("2021-yi-dai-yi-lu-chang-yi-xia-ya-"), paper);
  }

  @Test
  void aChineseFileNameGivesAReadableId() {
    assertEquals("doc-yi-dai-yi-lu-2", WorkIds.forSlug("一带一路-2"));
    assertEquals("doc-silk-road-2", WorkIds.forSlug("Silk_Road 2"));
  }
}
