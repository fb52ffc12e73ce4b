package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** English names of names written in Chinese, from the bundled lists (no CoreNLP). */
class ChineseNamesTest {
  private static final ChineseNames NAMES = ChineseNames.load();

  @Test
  void romanisesChinesePeopleSurnameFirstWithTheGivenNameJoined() {
    assertEquals(Optional.of("Xi Jinping"), NAMES.romanised("习近平"));
    assertEquals(Optional.of("Wang Yi"), NAMES.romanised("王毅"));
    assertEquals(Optional.of("Hu Chunhua"), NAMES.romanised("胡春华"));
    assertEquals(Optional.of("Zhou"), NAMES.romanised("周"));
  }

  @Test
  void readsTwoCharacterSurnamesWholeAndSurnamesByTheirOwnReading() {
    assertEquals(Optional.of("Ouyang Xiu"), NAMES.romanised("欧阳修"));
    assertEquals(Optional.of("Sima Guang"), NAMES.romanised("司马光"));
    assertEquals(Optional.of("Zhuge Liang"), NAMES.romanised("诸葛亮"));
    // ICU reads 单 as dan and 曾 as ceng; as surnames they are Shan and Zeng
    assertEquals(Optional.of("Shan Xudong"), NAMES.romanised("单旭东"));
    assertEquals(Optional.of("Zeng Guofan"), NAMES.romanised("曾国藩"));
  }

  @Test
  void leavesForeignNamesWrittenInChineseUnromanised() {
    assertEquals(Optional.empty(), NAMES.romanised("海德尔"));
    assertEquals(Optional.empty(), NAMES.romanised("穆罕默德·沙菲克"));
    assertEquals(Optional.empty(), NAMES.romanised("阿卜杜拉"));
    assertEquals(Optional.empty(), NAMES.romanised("Xi Jinping"));
    assertEquals("维克多·昂格玛", NAMES.person("维克多·昂格玛"));
  }

  @Test
  void mapsListedForeignPeopleAndPlacesToTheirEnglishNames() {
    assertEquals("Vladimir Putin", NAMES.person("普京"));
    assertEquals("Joko Widodo", NAMES.person("佐科"));
    assertEquals("Hun Sen", NAMES.person("洪森"), "a listed name wins over pinyin (Hong Sen)");
    assertEquals("Recep Tayyip Erdoğan", NAMES.person("埃尔多安"));
    assertEquals(new ChineseNames.Name("Mohammed bin Salman", "PERSON"),
        NAMES.listed("穆罕默德•本•萨勒曼").orElseThrow(), "any middle dot");
    assertEquals(new ChineseNames.Name("Astana", "LOCATION"),
        NAMES.listed("阿斯塔纳").orElseThrow());
    assertEquals(new ChineseNames.Name("Sichuan", "LOCATION"),
        NAMES.listed("四川省").orElseThrow(), "the province suffix dropped");
    assertEquals(Optional.empty(), NAMES.listed("省"));
  }

  @Test
  void tellsInstitutionsAmongAuthorsFromPeople() {
    for (String body : List.of("国家统计局", "商务部", "国务院发展研究中心", "中国社会科学院")) {
      assertTrue(NAMES.institution(body), body);
    }
    for (String person : List.of("张伟", "欧阳修", "阿卜杜勒·法塔赫·塞西", "Chen Y", "普京")) {
      assertFalse(NAMES.institution(person), person);
    }
  }

  @Test
  void refusesAFormListedForTwoNames() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChineseNames.parse(reader("A\tPERSON\t甲乙\nB\tPERSON\t甲乙\n"), reader(""),
            reader("")));
    assertTrue(e.getMessage().contains("甲乙"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ChineseNames.parse(reader("A\tPEOPLE\t甲乙\n"), reader(""), reader("")));
    assertTrue(e.getMessage().contains("A\tPEOPLE"), e.getMessage());
  }

  private static BufferedReader reader(String text) {
    return new BufferedReader(new StringReader(text));
  }
}
