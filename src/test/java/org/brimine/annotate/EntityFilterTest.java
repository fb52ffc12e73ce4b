package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled filters of statistical mentions (no CoreNLP). */
class EntityFilterTest {
  private static final EntityFilter FILTER = EntityFilter.load();

  @Test
  void dropsChineseAbbreviationsOfPartnersAsPlaces() {
    for (String abbreviation : List.of("中巴", "中阿", "柬中", "巴以", "俄", "京", "三国", "两国")) {
      assertTrue(FILTER.rejects("LOCATION", abbreviation, List.of("NR")), abbreviation);
    }
  }

  @Test
  void keepsChinesePlaceNames() {
    for (String place : List.of("巴基斯坦", "中东", "北京", "伊斯兰堡", "南非", "中亚", "加沙")) {
      assertFalse(FILTER.rejects("LOCATION", place, List.of("NR")), place);
    }
    assertFalse(FILTER.rejects("PERSON", "习", List.of("NR")), "only places are filtered so");
  }

  @Test
  void dropsChineseBodiesNamedByWhatTheyAre() {
    assertTrue(FILTER.rejects("ORGANIZATION", "政府", List.of("NN")));
    assertTrue(FILTER.rejects("ORGANIZATION", "新能源管理部门", List.of("NN", "NN")));
    assertFalse(FILTER.rejects("ORGANIZATION", "商务部", List.of("NT")));
    assertFalse(FILTER.rejects("ORGANIZATION", "国家发展和改革委员会", List.of("NT")));
  }
}
