package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
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
}
