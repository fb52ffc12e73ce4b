package org.brimine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.brimine.model.Reference;
import org.junit.jupiter.api.Test;

/** Checks that {@link ReferenceListSplitter} turns PDF-extracted lists into one line per entry. */
class ReferenceListSplitterTest {

  private final ReferenceListSplitter splitter = new ReferenceListSplitter();

  /** The seed paper's reference list as extracted, trailing spaces and page number included. */
  private static final String SEED_BLOCK = String.join("\n",
      "[1] Gao Yanfang. Research on Financial Cooperation between China and Burma Border Area under ",
      "the Background of “The Belt and Road”——Taking the National Key Development and Open ",
      "Experimental Area of Ruili as an Example[J].Commercial Economic Research,2017,(12):258-259 ",
      "[2] Wang Nan. Discussion on Financial Cooperation under the Background of “The Belt and Road” ",
      "[J]. Modern Marketing (Late), 2017, (11): 133-134 ",
      "[3] Weng Dongling. Discussion on Financial Support and Cooperation Risk of “The Belt and Road” ",
      "Construction [J]. Northeast Asia Forum, 2016, (10): 73-74 ",
      "[4] Huang Mengfang, Lu Shanbing, Yu Shuxiu. The development of the economic integration of the ",
      "Commonwealth of Independent States marked by the Eurasian Economic Union and its ",
      "enlightenment to the construction of the Belt and Road [J]. Humanities Magazine, 2015(1): 70 ",
      "",
      "327",
      "",
      "");

  @Test
  void splitsSeedReferenceListIntoFourEntries() {
    assertEquals(List.of(
        "[1] " + ReferenceParserTest.SEED_1,
        "[2] " + ReferenceParserTest.SEED_2,
        "[3] " + ReferenceParserTest.SEED_3,
        "[4] " + ReferenceParserTest.SEED_4), splitter.split(SEED_BLOCK));
  }

  @Test
  void seedEntriesSplitThenParseIntoJournalArticles() {
    ReferenceParser parser = new ReferenceParser();
    List<Reference> refs = splitter.split(SEED_BLOCK).stream().map(parser::parse).toList();
    assertEquals(List.of("Commercial Economic Research", "Modern Marketing (Late)",
        "Northeast Asia Forum", "Humanities Magazine"),
        refs.stream().map(Reference::venue).toList());
    assertTrue(refs.stream().allMatch(r -> "J".equals(r.type())));
  }

  @Test
  void splitsUnlabelledAuthorYearListAndJoinsHyphens() {
    String block = String.join("\n",
        "Frankopan, P. (2018). The new silk roads: The present and future of the world. Bloomsbury",
        "Publishing.",
        "Huang, Y. (2016). Understanding China's Belt & Road Initiative. Beijing: Peking University",
        "Press.",
        "Smith, J., Brown, K., &",
        "Jones, B. (2018). Financing the Jakarta-",
        "Bandung high-",
        "speed railway. Journal of Asian Economics, 5(2), 10–20.",
        "https://doi.org/10.1016/j.asieco.2018.01.002",
        "Wang, L. (2019). The develop-",
        "ment of dry ports in Central Asia. Retrieved from https://www.example.org/dry-",
        "ports/central-asia");
    assertEquals(List.of(
        "Frankopan, P. (2018). The new silk roads: The present and future of the world. "
            + "Bloomsbury Publishing.",
        "Huang, Y. (2016). Understanding China's Belt & Road Initiative. Beijing: Peking "
            + "University Press.",
        "Smith, J., Brown, K., & Jones, B. (2018). Financing the Jakarta-Bandung high-speed "
            + "railway. Journal of Asian Economics, 5(2), 10–20. "
            + "https://doi.org/10.1016/j.asieco.2018.01.002",
        "Wang, L. (2019). The development of dry ports in Central Asia. Retrieved from "
            + "https://www.example.org/dry-ports/central-asia"), splitter.split(block));
  }

  @Test
  void splitsFullWidthLabelledListJoiningCjkWithoutSpace() {
    String block = String.join("\n",
        "［1］王楠，李强．“一带一路”背景下的金融合作探讨［Ｊ］．现代营销（下旬",
        "刊），2017（11）：133－134．",
        "［2］刘卫东．共建绿色丝绸之路［Ｍ］．北京：商务印书馆，",
        "2019．",
        "［3］陈晓. “一带一路”沿线国家基础设施投资风险研究[D]. 北京: 对外经济贸易",
        "大学, 2018.");
    assertEquals(List.of(
        "［1］王楠，李强．“一带一路”背景下的金融合作探讨［Ｊ］．现代营销（下旬刊），2017（11）：133－134．",
        "［2］刘卫东．共建绿色丝绸之路［Ｍ］．北京：商务印书馆，2019．",
        "［3］陈晓. “一带一路”沿线国家基础设施投资风险研究[D]. 北京: 对外经济贸易大学, 2018."),
        splitter.split(block));
  }

  @Test
  void dropsBlankLineAndPageNumberInsideNumberedList() {
    String block = String.join("\n",
        "1. Smith J, Jones B. Belt and Road investment and health systems. Glob Health",
        "Res Policy. 2018;3(2):10-20.",
        "",
        "  12  ",
        "",
        "2. Li X, Wang Y, Zhang Z, et al. Air pollution along the Belt and Road. Environ",
        "Int. 2019 Mar;124:45-52.",
        "3. Hillman JE. The emperor's new road: China and the project of the century. Vol",
        "7. New Haven: Yale University Press; 2020.");
    assertEquals(List.of(
        "1. Smith J, Jones B. Belt and Road investment and health systems. Glob Health Res Policy. "
            + "2018;3(2):10-20.",
        "2. Li X, Wang Y, Zhang Z, et al. Air pollution along the Belt and Road. Environ Int. "
            + "2019 Mar;124:45-52.",
        "3. Hillman JE. The emperor's new road: China and the project of the century. Vol 7. New "
            + "Haven: Yale University Press; 2020."), splitter.split(block));
  }

  @Test
  void returnsNoEntriesForBlankBlock() {
    assertEquals(List.of(), splitter.split(" \n\n 5 \n"));
  }
}
