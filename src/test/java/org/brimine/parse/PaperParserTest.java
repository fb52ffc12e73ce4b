package org.brimine.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.Fixtures;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Paragraph;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;
import org.brimine.model.Section;
import org.junit.jupiter.api.Test;

/** The paper parser on the seed paper (the golden fixture) and on papers of other shapes. */
class PaperParserTest {
  private final PaperParser parser = new PaperParser();
  private final ParsedPaper seed = parser.parse(Fixtures.seed());

  @Test
  void findsTheSeedAbstract() {
    assertTrue(seed.abstractText().startsWith(
        "The Belt and Road is an important strategic goal in China's future development plan"),
        seed.abstractText());
    assertTrue(seed.abstractText().endsWith("in the context of the Belt and Road."));
    assertFalse(seed.abstractText().contains("Abstract"));
  }

  @Test
  void findsTheFourNumberedSectionsOfTheSeed() {
    assertEquals(List.of("Introduction",
        "Difficulties in International Financial Cooperation in the Context of the Belt and Road",
        "The International Financial Cooperation Strategy in the Context of the Belt and Road",
        "Conclusion"), seed.sections().stream().map(Section::heading).toList());
    assertEquals(List.of("1", "2", "3", "4"),
        seed.sections().stream().map(Section::number).toList());
    assertEquals(List.of(3, 4, 3, 1),
        seed.sections().stream().map(s -> s.paragraphs().size()).toList());
  }

  @Test
  void reflowsSentencesBrokenByBlankLines() {
    Section introduction = seed.sections().get(0);
    assertTrue(introduction.paragraphs().get(0).text().startsWith(
        "The essence of the Belt and Road is a multi-faceted international cooperation platform."
            + " It not only spans many regions"));
  }

  @Test
  void dropsThePageNumber() {
    for (Section section : seed.sections()) {
      for (Paragraph p : section.paragraphs()) {
        assertFalse(p.text().matches("(?s).*\\b327\\b.*"), p.text());
      }
    }
    assertFalse(seed.bodyText().contains("327"));
    seed.references().forEach(r -> assertFalse(r.reference().raw().contains("327")));
  }

  @Test
  void neverBreaksBeltAndRoadAcrossALine() {
    String all = seed.abstractText() + "\n\n" + seed.bodyText();
    Matcher belt = Pattern.compile("Belt\\s+and\\s+Road").matcher(all);
    int count = 0;
    while (belt.find()) {
      assertEquals("Belt and Road", belt.group());
      count++;
    }
    // 48 in the file, two of them broken across lines, four in the reference list.
    assertEquals(44, count);
    seed.sections().forEach(s -> s.paragraphs()
        .forEach(p -> assertFalse(p.text().contains("\n"), p.text())));
  }

  @Test
  void paragraphsKeepTheirOffsetsInTheOriginalText() {
    String original = seed.paper().text();
    for (Section section : seed.sections()) {
      for (Paragraph p : section.paragraphs()) {
        String span = original.substring(p.start(), p.end()).replaceAll("\\s+", " ");
        assertTrue(span.startsWith(p.text().substring(0, 20)), span);
        String[] words = p.text().split(" ");
        assertTrue(span.endsWith(words[words.length - 1]), span);
      }
    }
  }

  @Test
  void parsesTheFourSeedReferencesFieldByField() {
    assertEquals(4, seed.references().size());
    assertTrue(seed.problems().isEmpty(), seed.problems().toString());
    Reference r1 = seed.references().get(0).reference();
    assertEquals(ReferenceStyle.GBT7714, r1.style());
    assertEquals(List.of("Gao Yanfang"), r1.authors());
    assertEquals("Research on Financial Cooperation between China and Burma Border Area under "
        + "the Background of “The Belt and Road”——Taking the National Key Development and Open "
        + "Experimental Area of Ruili as an Example", r1.title());
    assertEquals("J", r1.type());
    assertEquals("Commercial Economic Research", r1.venue());
    assertEquals(2017, r1.year());
    assertNull(r1.volume());
    assertEquals("12", r1.issue());
    assertEquals("258-259", r1.pages());

    Reference r2 = seed.references().get(1).reference();
    assertEquals(List.of("Wang Nan"), r2.authors());
    assertEquals("Discussion on Financial Cooperation under the Background of “The Belt and "
        + "Road”", r2.title());
    assertEquals("J", r2.type());
    assertEquals("Modern Marketing (Late)", r2.venue());
    assertEquals(2017, r2.year());
    assertEquals("11", r2.issue());
    assertEquals("133-134", r2.pages());

    Reference r3 = seed.references().get(2).reference();
    assertEquals(List.of("Weng Dongling"), r3.authors());
    assertEquals("Discussion on Financial Support and Cooperation Risk of “The Belt and Road” "
        + "Construction", r3.title());
    assertEquals("J", r3.type());
    assertEquals("Northeast Asia Forum", r3.venue());
    assertEquals(2016, r3.year());
    assertEquals("10", r3.issue());
    assertEquals("73-74", r3.pages());

    Reference r4 = seed.references().get(3).reference();
    assertEquals(List.of("Huang Mengfang", "Lu Shanbing", "Yu Shuxiu"), r4.authors());
    assertEquals("The development of the economic integration of the Commonwealth of Independent "
        + "States marked by the Eurasian Economic Union and its enlightenment to the "
        + "construction of the Belt and Road", r4.title());
    assertEquals("J", r4.type());
    assertEquals("Humanities Magazine", r4.venue());
    assertEquals(2015, r4.year());
    assertNull(r4.volume());
    assertEquals("1", r4.issue());
    assertEquals("70", r4.pages());
  }

  @Test
  void linksEachReferenceToAStableId() {
    List<String> ids = seed.citedIds();
    assertEquals(4, ids.size());
    assertEquals("2017-discussion-financial-cooperation-background-belt-e7f286a0", ids.get(1));
    assertEquals(ids, parser.parse(Fixtures.seed()).citedIds());
  }

  @Test
  void takesTheTitleFromMetadata() {
    assertEquals(Fixtures.SEED_TITLE, seed.title());
    assertFalse(seed.titleInferred());
  }

  @Test
  void infersAndMarksTheTitleWhenMetadataHasNone() {
    Paper p = seed.paper();
    ParsedPaper untitled = parser.parse(new Paper(p.slug(), p.source(), p.text(),
        PaperMetadata.EMPTY, p.contentHash()));
    assertTrue(untitled.titleInferred());
    assertEquals("International financial cooperation strategy in the context of the Belt and Road",
        untitled.title());
    assertEquals("doc-international-financial-cooperation-strategy-belt-and-road", untitled.id());
  }

  @Test
  void readsAPaperWithoutAbstractAndWithAuthorYearReferences() {
    Paper paper = new Paper("author-year", "papers/author-year.txt",
        Fixtures.resource("papers/author-year-no-abstract.txt"), PaperMetadata.EMPTY, "h");
    ParsedPaper parsed = parser.parse(paper);
    assertNull(parsed.abstractText());
    assertEquals("Ports, Debt and the Maritime Silk Road", parsed.title());
    assertEquals(List.of("Introduction", "Port finance in South Asia", "Port operations",
        "Concluding remarks"), parsed.sections().stream().map(Section::heading).toList());
    assertEquals(java.util.Arrays.asList("1", "2", "2.1", null),
        parsed.sections().stream().map(Section::number).toList());
    assertEquals(3, parsed.references().size());
    Reference first = parsed.references().get(0).reference();
    assertEquals(ReferenceStyle.AUTHOR_YEAR, first.style());
    assertEquals(2019, first.year());
    assertTrue(parsed.bodyText().contains("transshipment"), "hyphenated line end joined");
    assertFalse(parsed.bodyText().contains("Journal of Port Studies"), "running header dropped");
    assertTrue(parsed.bodyText().contains("cross-border"), "compound hyphen kept");
  }

  @Test
  void readsUnstructuredTextAsOneSection() {
    Paper paper = new Paper("news", "papers/news.txt",
        "Laos opened its railway to China.\nThe line runs from Vientiane\nto Boten.\n",
        PaperMetadata.EMPTY, "h");
    ParsedPaper parsed = parser.parse(paper);
    assertEquals(1, parsed.sections().size());
    assertEquals("Laos opened its railway to China. The line runs from Vientiane to Boten.",
        parsed.sections().get(0).text());
    assertTrue(parsed.references().isEmpty());
  }
}
