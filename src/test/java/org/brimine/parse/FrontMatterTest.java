package org.brimine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Paragraph;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The front matter, abstract and keywords of papers in the shapes PDF extraction gives them: no
 * blank lines, labels written in many ways.
 */
class FrontMatterTest {
  private static final String FRONT = """
      Power Grids of the Belt and Road
      Wang Fang, Maria Rossi
      School of Electrical Engineering, Tianjin University, Tianjin 300072, China
      """;
  private static final String ABSTRACT = "Cross-border grids link Laos to Yunnan. They carry"
      + " hydropower north.";
  private static final String BODY = """
      1 Introduction
      Grids cross the Mekong.
      2 Hydropower
      Laos sells power to Thailand.
      """;

  private static ParsedPaper parse(String text) {
    return new PaperParser().parse(
        new Paper("p", "papers/p.txt", text, PaperMetadata.EMPTY, "h"));
  }

  private static List<String> front(ParsedPaper p) {
    return p.frontMatter().stream().map(Paragraph::text).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Abstract\n", "ABSTRACT\n", "Abstract:\n", "Abstract.\n",
      "A B S T R A C T\n", "a b s t r a c t\n", "Abstract: ", "Abstract. ", "Abstract—",
      "Abstract – ", "ABSTRACT ", "Abstract ", "Summary: "})
  void readsTheAbstractLabelAsPrintedRightAfterTheAffiliation(String label) {
    String lines = "Cross-border grids link Laos to Yunnan. They carry\nhydropower north.\n";
    ParsedPaper p = parse(FRONT + label + lines + BODY);
    assertEquals(ABSTRACT, p.abstractText(), label);
    assertEquals(List.of("Power Grids of the Belt and Road", "Wang Fang, Maria Rossi",
        "School of Electrical Engineering, Tianjin University, Tianjin 300072, China"), front(p));
    assertEquals(List.of("Introduction", "Hydropower"),
        p.sections().stream().map(Section::heading).toList());
    assertEquals("Power Grids of the Belt and Road", p.title());
  }

  @Test
  void readsTheAbstractAfterABlankLineAsBefore() {
    ParsedPaper p = parse(FRONT + "\nAbstract\n" + ABSTRACT + "\n\n" + BODY);
    assertEquals(ABSTRACT, p.abstractText());
    assertEquals(3, p.frontMatter().size());
  }

  @Test
  void aWordAfterTheLabelWithoutASeparatorIsText() {
    ParsedPaper p = parse("Summary statistics show that grids grew.\n\n" + BODY);
    assertNull(p.abstractText());
    assertEquals(List.of("Summary statistics show that grids grew."), front(p));
  }

  @Test
  void splitsAKeywordLineWrappedOverTwoLines() {
    ParsedPaper p = parse(FRONT + "Abstract: " + ABSTRACT + "\n"
        + "Key words: Belt and Road; power grid; hydro-\npower trade; Greater Mekong\n" + BODY);
    assertEquals(List.of("Belt and Road", "power grid", "hydropower trade", "Greater Mekong"),
        p.keywords());
    assertEquals(ABSTRACT, p.abstractText());
    assertEquals(List.of("Introduction", "Hydropower"),
        p.sections().stream().map(Section::heading).toList());
  }

  @Test
  void readsSpringerBoldLabelsWithoutAColon() {
    ParsedPaper p = parse(FRONT + "Abstract " + ABSTRACT + "\n"
        + "Keywords Belt and Road · Power grid · Laos\n" + BODY);
    assertEquals(ABSTRACT, p.abstractText());
    assertEquals(List.of("Belt and Road", "Power grid", "Laos"), p.keywords());
  }

  @Test
  void aLabelWordOpeningASentenceIsText() {
    ParsedPaper p = parse("Keywords are chosen by authors; editors check them.\n\n"
        + "Abstract thinking is rare, the study finds.\n\n" + BODY);
    assertNull(p.abstractText());
    assertEquals(List.of(), p.keywords());
    assertEquals(2, p.frontMatter().size());
  }

  @Test
  void readsKeywordsOneALineBelowALoneLabelAsTwoColumnJournalsPrintThem() {
    ParsedPaper p = parse(FRONT + "Keywords:\nBelt and Road\nPower grid\nLaos\n"
        + "A B S T R A C T\n" + ABSTRACT + "\n" + BODY);
    assertEquals(List.of("Belt and Road", "Power grid", "Laos"), p.keywords());
    assertEquals(ABSTRACT, p.abstractText());
  }

  @Test
  void findsTheFirstHeadingAfterKeywordsAbstractAndAJelLine() {
    ParsedPaper p = parse(FRONT + "Keywords: grids; Laos\nAbstract\n" + ABSTRACT
        + "\nJEL classification: F34; O19\n" + BODY);
    assertEquals(List.of("grids", "Laos"), p.keywords());
    assertEquals(ABSTRACT + " JEL classification: F34; O19", p.abstractText());
    assertEquals(List.of("Introduction", "Hydropower"),
        p.sections().stream().map(Section::heading).toList());
  }

  @Test
  void textAfterTheKeywordsAndBeforeAHeadingIsBody() {
    ParsedPaper p = parse(FRONT + "Keywords: grids, Laos\nGrids were built in 2019 and 2020,"
        + " mostly by state firms.\n" + BODY);
    assertEquals(List.of("grids", "Laos"), p.keywords());
    assertEquals(List.of("", "Introduction", "Hydropower"),
        p.sections().stream().map(Section::heading).toList());
    assertTrue(p.bodyText().contains("mostly by state firms"));
  }

  @Test
  void aNewsPageEndingInAKeywordListStaysOneBody() {
    ParsedPaper p = parse("Laos opened its railway to China. The line runs from Vientiane to"
        + " Boten.\nKEYWORDS\nLaos\nRailway\nDo you like the content of this article?\n");
    assertEquals(List.of("Laos", "Railway"), p.keywords());
    assertEquals(List.of(), p.frontMatter());
    assertEquals("Laos opened its railway to China. The line runs from Vientiane to Boten.",
        p.sections().get(0).text());
    assertTrue(p.bodyText().contains("Do you like the content"));
  }
}
