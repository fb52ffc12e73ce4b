package org.brimine.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks that {@link ReferenceParser} reads every style into the expected fields. */
class ReferenceParserTest {

  private static final List<String> FIELDS = List.of("style", "authors", "title", "type",
      "venue", "place", "year", "volume", "issue", "pages", "url", "accessed", "doi");

  private final ReferenceParser parser = new ReferenceParser();

  /** Cases from reference-cases.json: each names every field; "raw" defaults to the entry. */
  static Stream<Arguments> cases() throws IOException {
    try (InputStream in = ReferenceParserTest.class.getResourceAsStream("reference-cases.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Arguments> out = new ArrayList<>();
      for (JsonNode c : root) {
        for (String field : FIELDS) {
          if (!c.has(field)) {
            throw new IllegalArgumentException("case '" + c.path("name").asText()
                + "' does not give field '" + field + "'");
          }
        }
        String entry = c.get("entry").asText();
        List<String> authors = new ArrayList<>();
        c.get("authors").forEach(a -> authors.add(a.asText()));
        Reference expected = new Reference(c.has("raw") ? c.get("raw").asText() : entry,
            ReferenceStyle.valueOf(c.get("style").asText()), authors, text(c, "title"),
            text(c, "type"), text(c, "venue"), text(c, "place"),
            c.get("year").isNull() ? null : c.get("year").asInt(), text(c, "volume"),
            text(c, "issue"), text(c, "pages"), text(c, "url"), text(c, "accessed"),
            text(c, "doi"));
        out.add(Arguments.of(c.get("name").asText(), entry, expected));
      }
      return out.stream();
    }
  }

  private static String text(JsonNode c, String field) {
    return c.get(field).isNull() ? null : c.get(field).asText();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTableEntry(String name, String entry, Reference expected) {
    assertSame(expected, parser.parse(entry));
  }

  @Test
  void readsSeedReferenceOneWithEmDashAndCurlyQuotesInTitle() {
    assertSame(new Reference(SEED_1, ReferenceStyle.GBT7714, List.of("Gao Yanfang"),
        "Research on Financial Cooperation between China and Burma Border Area under the "
            + "Background of “The Belt and Road”——Taking the National Key Development and Open "
            + "Experimental Area of Ruili as an Example",
        "J", "Commercial Economic Research", null, 2017, null, "12", "258-259", null, null, null),
        parser.parse("[1] " + SEED_1));
  }

  @Test
  void readsSeedReferenceTwoWithSpaceBeforeTypeCode() {
    assertSame(new Reference(SEED_2, ReferenceStyle.GBT7714, List.of("Wang Nan"),
        "Discussion on Financial Cooperation under the Background of “The Belt and Road”", "J",
        "Modern Marketing (Late)", null, 2017, null, "11", "133-134", null, null, null),
        parser.parse("[2] " + SEED_2));
  }

  @Test
  void readsSeedReferenceThree() {
    assertSame(new Reference(SEED_3, ReferenceStyle.GBT7714, List.of("Weng Dongling"),
        "Discussion on Financial Support and Cooperation Risk of “The Belt and Road” Construction",
        "J", "Northeast Asia Forum", null, 2016, null, "10", "73-74", null, null, null),
        parser.parse("[3] " + SEED_3));
  }

  @Test
  void readsSeedReferenceFourWithThreeAuthorsAndYearIssue() {
    assertSame(new Reference(SEED_4, ReferenceStyle.GBT7714,
        List.of("Huang Mengfang", "Lu Shanbing", "Yu Shuxiu"),
        "The development of the economic integration of the Commonwealth of Independent States "
            + "marked by the Eurasian Economic Union and its enlightenment to the construction of "
            + "the Belt and Road",
        "J", "Humanities Magazine", null, 2015, null, "1", "70", null, null, null),
        parser.parse("[4] " + SEED_4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"see above", "Ibid.", "http://www.example.com/ref", "?? -- //// ;;",
      "[J]", "12345", "《》"})
  void keepsUnparsableEntryRaw(String entry) {
    Reference ref = parser.parse(entry);
    assertFalse(ref.isParsed());
    assertEquals(Reference.unparsed(entry), ref);
  }

  @Test
  void keepsUnparsableEntryRawWithoutLabelAndExtraSpaces() {
    Reference ref = parser.parse("［3］  see   the\n previous note ");
    assertEquals(Reference.unparsed("see the previous note"), ref);
  }

  @Test
  void keepsOverlongEntryRawAsSplittingError() {
    String entry = "Smith, J., ".repeat(300) + "Title[J]. Venue, 2017, (1): 2-3.";
    assertEquals(Reference.unparsed(entry.strip()), parser.parse(entry));
  }

  @Test
  void returnsEmptyRawForLabelOnly() {
    Reference ref = parser.parse("[12]");
    assertEquals(Reference.unparsed(""), ref);
    assertTrue(ref.authors().isEmpty());
  }

  private static void assertSame(Reference expected, Reference actual) {
    assertAll(
        () -> assertEquals(expected.raw(), actual.raw(), "raw"),
        () -> assertEquals(expected.style(), actual.style(), "style"),
        () -> assertEquals(expected.authors(), actual.authors(), "authors"),
        () -> assertEquals(expected.title(), actual.title(), "title"),
        () -> assertEquals(expected.type(), actual.type(), "type"),
        () -> assertEquals(expected.venue(), actual.venue(), "venue"),
        () -> assertEquals(expected.place(), actual.place(), "place"),
        () -> assertEquals(expected.year(), actual.year(), "year"),
        () -> assertEquals(expected.volume(), actual.volume(), "volume"),
        () -> assertEquals(expected.issue(), actual.issue(), "issue"),
        () -> assertEquals(expected.pages(), actual.pages(), "pages"),
        () -> assertEquals(expected.url(), actual.url(), "url"),
        () -> assertEquals(expected.accessed(), actual.accessed(), "accessed"),
        () -> assertEquals(expected.doi(), actual.doi(), "doi"),
        () -> assertEquals(expected, actual, "record"));
  }

  static final String SEED_1 = "Gao Yanfang. Research on Financial Cooperation between China and "
      + "Burma Border Area under the Background of “The Belt and Road”——Taking the National Key "
      + "Development and Open Experimental Area of Ruili as an Example[J].Commercial Economic "
      + "Research,2017,(12):258-259";
  static final String SEED_2 = "Wang Nan. Discussion on Financial Cooperation under the Background "
      + "of “The Belt and Road” [J]. Modern Marketing (Late), 2017, (11): 133-134";
  static final String SEED_3 = "Weng Dongling. Discussion on Financial Support and Cooperation Risk "
      + "of “The Belt and Road” Construction [J]. Northeast Asia Forum, 2016, (10): 73-74";
  static final String SEED_4 = "Huang Mengfang, Lu Shanbing, Yu Shuxiu. The development of the "
      + "economic integration of the Commonwealth of Independent States marked by the Eurasian "
      + "Economic Union and its enlightenment to the construction of the Belt and Road [J]. "
      + "Humanities Magazine, 2015(1): 70";
}
