package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.brimine.model.CitedReference;
import org.brimine.model.ExportFields;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Reference;
import org.brimine.parse.PaperParser;
import org.junit.jupiter.api.Test;

/** The text annotation reads of a paper: no part of the paper is left out. */
class PaperTextTest {
  @Test
  void annotatesTheFrontMatterOnceBesideTheTitleEachLineASentence() {
    String text = """
        Power Grids of the Belt and Road
        Wang Fang
        School of Electrical Engineering, Tianjin University, Tianjin, China
        Abstract: Grids link Laos to Yunnan.
        1 Introduction
        Grids cross the Mekong.
        """;
    var parsed = new PaperParser().parse(
        new Paper("p", "papers/p.txt", text, PaperMetadata.EMPTY, "h"));
    assertEquals("""
        Power Grids of the Belt and Road

        Wang Fang.

        School of Electrical Engineering, Tianjin University, Tianjin, China.

        Grids link Laos to Yunnan.

        Introduction

        Grids cross the Mekong.""", PaperText.of(parsed).text());
  }

  @Test
  void readsAnExportRecordsTitleAbstractAndKeywordsButNotItsCitedReferences() {
    Reference cited = new Reference("Gallagher KP, 2016, CHINA TRIANGLE LATIN, P1",
        org.brimine.model.ReferenceStyle.WOS_CITED,
        List.of("Gallagher KP"), null, "J", "CHINA TRIANGLE LATIN", null, 2016, null, null, "1",
        null, null, null);
    ExportFields fields = new ExportFields(List.of("WOS:000462692800009"), "41", "1", "139-175",
        List.of("Debt sustainability"), List.of("LENDING"), List.of("Peking Univ, Beijing, "
            + "Peoples R China."), List.of("Peoples R China"), 57, null,
        List.of(new CitedReference("2016-gallagher-china-triangle-latin-fe4d8ac1", cited)));
    PaperMetadata meta = new PaperMetadata("Debt and the Belt and Road", List.of("Hurley, J"),
        2019, "JOURNAL OF POLICY MODELING", null, null, "en", null, null, fields);
    var parsed = new PaperParser().parse(new Paper("p", "papers/p.txt",
        "Ports and railways are financed by Chinese policy banks.", meta, "h"));
    assertEquals("""
        Debt and the Belt and Road.

        Ports and railways are financed by Chinese policy banks.

        Debt sustainability; LENDING.""", PaperText.of(parsed).text());
    assertEquals(List.of(), PaperText.of(parsed).referenceStarts());

    // without an abstract the record's text is its title: read once
    var bare = new PaperParser().parse(new Paper("p", "papers/p.txt",
        "Debt and the Belt and Road", meta, "h"));
    assertEquals("Debt and the Belt and Road.\n\nDebt sustainability; LENDING.",
        PaperText.of(bare).text());
  }
}
