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
  @Test
  void aWorkCitedInTwoFormsIsOneReferenceByItsLinkedId() {
    ExportFields wos = linked("2018-wang", "Wang M, 2018, J INT ECON, V112, P45");
    ExportFields scopus = linked("2018-wang",
        "Wang M., Currency swaps and the internationalisation of the renminbi, (2018)");
    ExportFields merged = wos.mergedWith(scopus);
    assertEquals(1, merged.references().size(), merged.references().toString());
    assertEquals("Wang M, 2018, J INT ECON, V112, P45",
        merged.references().get(0).reference().raw());
    assertEquals(merged, merged.mergedWith(scopus));
  }

  private static ExportFields linked(String id, String raw) {
    return new ExportFields(List.of(), null, null, null, List.of(), List.of(), List.of(),
        List.of(), null, null, List.of(new CitedReference(id, Reference.unparsed(raw))));
  }
}
