package org.brimine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging the export fields of one paper again changes nothing. */
class ExportFieldsTest {
  private static ExportFields fields(Integer cited, List<String> keywords, String... refs) {
    List<CitedReference> cites = java.util.Arrays.stream(refs)
        .map(r -> new CitedReference("id-" + r, Reference.unparsed(r))).toList();
    return new ExportFields(List.of("WOS:1"), "41", "1", "139-175", keywords, List.of(),
        List.of(), List.of(), cited, "paper-id", cites);
  }

  @Test
  void mergingTheSameFieldsAgainGivesThemUnchangedEvenWithARepeatedReference() {
    // a generated export cited one work twice in one record, and every second import of it
    // replaced its paper
    ExportFields once = fields(60, List.of("Debt"), "Wang M, 2018", "Kratz A, 2019",
        "Wang M, 2018");
    assertEquals(once, once.mergedWith(once));
    assertEquals(2, once.references().size());
  }

  @Test
  void mergingTakesTheUnionAndTheLargerCitationCount() {
    ExportFields wos = fields(60, List.of("Debt"), "Wang M, 2018");
    ExportFields scopus = fields(61, List.of("Debt", "Ports"), "Wang M., Currency swaps, (2018)");
    ExportFields merged = wos.mergedWith(scopus);
    assertEquals(61, merged.timesCited());
    assertEquals(List.of("Debt", "Ports"), merged.authorKeywords());
    assertEquals(2, merged.references().size());
    assertEquals(merged, merged.mergedWith(scopus));
  }
}
