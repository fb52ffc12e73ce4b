package org.brimine.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.brimine.index.IndexedRecord;
import org.brimine.ingest.BibRecord;
import org.brimine.model.CitedReference;
import org.brimine.model.ExportFields;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;
import org.junit.jupiter.api.Test;

/** Papers and cited references of one import are linked by their keys, strongest first. */
class ExportLinkerTest {
  /** An index that holds nothing. */
  private static final ExportLinker.Index NOTHING = new ExportLinker.Index() {
    @Override
    public Optional<IndexedRecord> byKey(String key) {
      return Optional.empty();
    }

    @Override
    public Optional<String> doi(String id) {
      return Optional.empty();
    }
  };

  private static BibRecord paper(String title, String author, String doi, String volume,
      String pages, List<Reference> cites) {
    List<CitedReference> refs = cites.stream()
        .map(r -> new CitedReference("ref-" + r.raw().hashCode(), r)).toList();
    ExportFields fields = new ExportFields(List.of(), volume, null, pages, List.of(), List.of(),
        List.of(), List.of(), null, null, refs);
    return new BibRecord(new PaperMetadata(title, List.of(author), 2019, "J POLICY MODEL", doi,
        null, "en", null, null, fields), title, title);
  }

  private static Reference cr(String raw, String author, String volume, String page, String doi) {
    return new Reference(raw, ReferenceStyle.WOS_CITED, List.of(author), null, "J",
        "J POLICY MODEL", null, 2019, volume, null, page, null, null, doi);
  }

  @Test
  void twoPapersOfOneAuthorYearVolumeAndPageWithTwoDoisStayTwo() throws IOException {
    ExportLinker linker = new ExportLinker(NOTHING);
    linker.paper(paper("Debt implications of the Belt and Road", "Hurley, J", "10.1/a", "41",
        "139-175", List.of()), "a");
    Optional<String> same = linker.paper(paper("Erratum to: Debt implications", "Hurley, J",
        "10.1/b", "41", "139", List.of()), "b");
    assertEquals(Optional.empty(), same);
    assertEquals(2, linker.link().size());
  }

  @Test
  void aCitedReferenceWithoutDoiFindsThePaperByAuthorYearVolumeAndPage() throws IOException {
    ExportLinker linker = new ExportLinker(NOTHING);
    Reference byPage = cr("Hurley J, 2019, J POLICY MODEL, V41, P139", "Hurley J", "41", "139",
        null);
    Reference otherDoi = cr("Hurley J, 2019, J POLICY MODEL, V41, P139, DOI 10.1/b", "Hurley J",
        "41", "139", "10.1/b");
    linker.paper(paper("Citing paper", "Wang, M", "10.1/c", "7", "1-9",
        List.of(byPage, otherDoi)), "citing");
    linker.paper(paper("Debt implications of the Belt and Road", "Hurley, John", "10.1/a", "41",
        "139-175", List.of()), "cited");
    List<ExportLinker.Linked> linked = linker.link();
    String hurley = linked.get(1).id();
    List<CitedReference> refs = linked.get(0).record().metadata().exported().references();
    assertEquals(hurley, refs.get(0).id());
    // the same author, year, volume and page with another DOI is another work
    assertNotEquals(hurley, refs.get(1).id());
    assertEquals(hurley, linked.get(1).record().metadata().exported().recordId());
  }
  @Test
  void twoPapersOfOneTitleAndYearWithTwoDoisHaveTwoIds() throws IOException {
    ExportLinker linker = new ExportLinker(NOTHING);
    linker.paper(paper("Introduction", "Hurley, J", "10.1/c", "41", "1", List.of()), "c");
    Optional<String> same =
        linker.paper(paper("Introduction", "Hurley, J", "10.1/d", "42", "1", List.of()), "d");
    assertEquals(Optional.empty(), same);
    List<ExportLinker.Linked> linked = linker.link();
    assertEquals(2, linked.size());
    assertNotEquals(linked.get(0).id(), linked.get(1).id());
    assertEquals("10.1/d", linked.get(1).record().metadata().doi());
  }

  @Test
  void twoCitedReferencesOfOneTitleAndYearWithTwoDoisAreTwoWorks() throws IOException {
    ExportLinker linker = new ExportLinker(NOTHING);
    Reference c = new Reference("Li H, Introduction, 2019, 10.1/c", ReferenceStyle.SCOPUS,
        List.of("Li H"), "Introduction", "J", "J A", null, 2019, null, null, null, null, null,
        "10.1/c");
    Reference d = new Reference("Li H, Introduction, 2019, 10.1/d", ReferenceStyle.SCOPUS,
        List.of("Li H"), "Introduction", "J", "J B", null, 2019, null, null, null, null, null,
        "10.1/d");
    linker.paper(paper("Citing paper", "Wang, M", "10.1/e", "7", "1-9", List.of(c, d)), "citing");
    List<CitedReference> refs = linker.link().get(0).record().metadata().exported().references();
    assertNotEquals(refs.get(0).id(), refs.get(1).id());
  }
}
