package org.brimine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.brimine.model.RecordKind;
import org.brimine.parse.ReferenceParser;
import org.junit.jupiter.api.Test;

class CiteStringsTest {
  private final ReferenceParser parser = new ReferenceParser();

  /** Reference [2] of the seed paper, as its reference list has it. */
  private Citation seedReference2() {
    return Citation.of("ref-2", parser.parse("Wang Nan. Discussion on Financial Cooperation "
        + "under the Background of “The Belt and Road” [J]. Modern Marketing (Late), 2017, (11): "
        + "133-134"), 0);
  }

  @Test
  void citesTheSeedsJournalReferenceInGbt7714() {
    assertEquals("Wang Nan. Discussion on Financial Cooperation under the Background of “The "
        + "Belt and Road”[J]. Modern Marketing (Late), 2017(11): 133-134.",
        CiteStrings.gbt7714(seedReference2()));
  }

  @Test
  void citesTheSeedsJournalReferenceInApa() {
    assertEquals("Wang Nan. (2017). Discussion on Financial Cooperation under the Background of "
        + "“The Belt and Road”. Modern Marketing (Late), (11), 133–134.",
        CiteStrings.apa(seedReference2()));
  }

  @Test
  void listsThreeAuthorsThenEtAlInGbt7714() {
    Citation c = citation(List.of("Smith, John Paul", "Doe, Jane", "Roe, Richard", "Poe, Edgar"),
        "Corridors and ports", "Journal of Transport Geography", "en");
    assertEquals("SMITH J P, DOE J, ROE R, et al. Corridors and ports[J]. Journal of Transport "
        + "Geography, 2019, 12(3): 45-67. DOI:10.1000/xyz.", CiteStrings.gbt7714(c));
  }

  @Test
  void listsThreeChineseAuthorsThen等InGbt7714() {
    Citation c = citation(List.of("王明", "李华", "张伟", "赵磊"), "“一带一路”倡议下的金融合作",
        "国际经济合作", "zh");
    assertEquals("王明, 李华, 张伟, 等. “一带一路”倡议下的金融合作[J]. 国际经济合作, 2019, 12(3): 45-67. "
        + "DOI:10.1000/xyz.", CiteStrings.gbt7714(c));
  }

  @Test
  void citesAuthorsByFamilyNameAndInitialsInApa() {
    Citation c = citation(List.of("Smith, John Paul", "Doe, Jane"), "Corridors and ports",
        "Journal of Transport Geography", "en");
    assertEquals("Smith, J. P., & Doe, J. (2019). Corridors and ports. Journal of Transport "
        + "Geography, 12(3), 45–67. https://doi.org/10.1000/xyz", CiteStrings.apa(c));
  }

  @Test
  void citesABookWithItsPlaceAndPublisher() {
    Citation c = new Citation("b", RecordKind.REFERENCE, "M", "The Silk Roads",
        List.of("Frankopan, Peter"), 2015, "Bloomsbury", null, null, null, "London", null, null,
        null, null, List.of(), 0);
    assertEquals("FRANKOPAN P. The Silk Roads[M]. London: Bloomsbury, 2015.",
        CiteStrings.gbt7714(c));
    assertEquals("Frankopan, P. (2015). The Silk Roads. Bloomsbury.", CiteStrings.apa(c));
  }

  @Test
  void citesARecordWithoutAuthorsOrYear() {
    Citation c = new Citation("x", RecordKind.PAPER, null, "Belt and Road notes", List.of(),
        null, null, null, null, null, null, null, null, null, null, List.of(), 0);
    assertEquals("Belt and Road notes[Z].", CiteStrings.gbt7714(c));
    assertEquals("Belt and Road notes. (n.d.).", CiteStrings.apa(c));
  }

  private static Citation citation(List<String> authors, String title, String venue,
      String lang) {
    return new Citation("id", RecordKind.PAPER, "J", title, authors, 2019, venue, "12", "3",
        "45-67", null, "10.1000/xyz", null, lang, null, List.of(), 0);
  }
}
