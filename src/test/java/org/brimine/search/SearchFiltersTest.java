package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.brimine.index.MissingMetadata;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Entity;
import org.brimine.model.EntityType;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.RecordKind;
import org.brimine.model.ThemeScore;
import org.brimine.model.Themes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed filters on a real index: each matches its value whole, and only in its field. */
class SearchFiltersTest {
  @TempDir
  static Path dir;
  private static RecordSearcher searcher;

  @BeforeAll
  static void buildIndex() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      // Georgia the country and Georgia a person: the type tells them apart
      writer.write(paper("country", 2015, "Journal: \"Silk\" Roads", "en", "trade",
          List.of(new Entity("Georgia", "COUNTRY", 1, List.of("格鲁吉亚")))));
      writer.write(paper("person", 2018, "世界经济与政治", "zh", "trade",
          List.of(new Entity("Georgia", "PERSON", 1, List.of()))));
      writer.write(paper("bank", null, null, "en", "finance",
          List.of(new Entity("Asian Infrastructure Investment Bank", "FIN_INSTITUTION", 1,
              List.of("AIIB", "亚投行")))));
      writer.commit();
    }
    searcher = RecordSearcher.open(dir, Ranking.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static AnnotatedPaper paper(String id, Integer year, String venue, String lang,
      String theme, List<Entity> entities) {
    String text = "Railways and ports along the route.";
    PaperMetadata metadata = new PaperMetadata("Paper " + id, List.of(), year, venue, null, null,
        lang);
    Paper paper = new Paper(id, "papers/" + id + ".txt", text, metadata, Hashes.sha256(id));
    ParsedPaper parsed = new ParsedPaper(id, paper, "Paper " + id, false, text, List.of(),
        List.of(), List.of()).withLanguages(lang, null, null, null, null);
    return new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), entities,
        new Themes(List.of(), List.of(new ThemeScore(theme, 0.5, 1)), List.of()));
  }

  private static List<String> ids(String query, SearchFilters filters) throws IOException {
    return searcher.search(new SearchRequest(query, 0, 10, true, filters)).hits().stream()
        .map(Hit::id).sorted().toList();
  }

  private static List<String> ids(SearchFilters filters) throws IOException {
    return ids("", filters);
  }

  @Test
  void entityTypeTellsApartEntitiesOfOneName() throws IOException {
    SearchFilters georgia = SearchFilters.NONE.withEntity(null, "Georgia");
    assertEquals(List.of("country", "person"), ids(georgia));
    assertEquals(List.of("country"),
        ids(georgia.withEntity(EntityType.named("COUNTRY"), "georgia")));
    assertEquals(List.of("person"), ids(georgia.withEntity(EntityType.named("person"),
        "Georgia")));
    // a broader type finds the narrower ones: a country is a place, a bank an organisation
    assertEquals(List.of("country"), ids(georgia.withEntity(EntityType.named("LOCATION"),
        "格鲁吉亚")));
    assertEquals(List.of("bank"), ids(SearchFilters.NONE.withEntity(
        EntityType.named("ORGANIZATION"), "亚投行")));
  }

  @Test
  void venueLanguageKindAndYearsFilterWhole() throws IOException {
    assertEquals(List.of("country"), ids(SearchFilters.NONE.withVenue("journal: \"silk\" roads")));
    assertEquals(List.of(), ids(SearchFilters.NONE.withVenue("Journal")));
    assertEquals(List.of("person"), ids("railways", SearchFilters.NONE.withVenue("世界经济与政治")));
    assertEquals(List.of("person"), ids(SearchFilters.NONE.withLanguage("zh")));
    assertEquals(List.of("bank", "country", "person"),
        ids(SearchFilters.NONE.withKind(RecordKind.PAPER)));
    assertEquals(List.of(), ids(SearchFilters.NONE.withKind(RecordKind.REFERENCE)));
    assertEquals(List.of("person"), ids(SearchFilters.NONE.withYears(2016, null)));
    assertEquals(List.of("country"), ids(SearchFilters.NONE.withYears(null, 2016)));
    assertEquals(List.of("country", "person"), ids(SearchFilters.NONE.withYears(2015, 2018)));
  }

  @Test
  void missingMetadataFindsRecordsThatLackItAll() throws IOException {
    assertEquals(List.of("bank"), ids(SearchFilters.NONE.withMissing(MissingMetadata.YEAR)));
    assertEquals(List.of("bank"), ids(SearchFilters.NONE.withMissing(MissingMetadata.AUTHORS)
        .withMissing(MissingMetadata.VENUE)));
    assertEquals(List.of("bank", "country", "person"),
        ids(SearchFilters.NONE.withMissing(MissingMetadata.DOI)));
  }

  @Test
  void themeWithoutWordsRanksItsPapersAndWithWordsFilters() throws IOException {
    assertEquals(List.of("country", "person"), ids(SearchFilters.NONE.withTheme("trade")));
    assertEquals(List.of("bank"), ids("railways", SearchFilters.NONE.withTheme("finance")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ids(SearchFilters.NONE.withTheme("nope")));
    assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
  }

  @Test
  void listingTakesTheSameFilters() throws IOException {
    assertEquals(List.of("bank"), searcher.lookup().list(SearchFilters.NONE
        .withMissing(MissingMetadata.YEAR).withKind(RecordKind.PAPER), 10).stream()
        .map(Hit::id).toList());
  }

  @Test
  void clausesInTheQuerySyntaxFindWhatTheFiltersFind() throws IOException {
    List<SearchFilters> all = List.of(
        SearchFilters.NONE.withVenue("Journal: \"Silk\" Roads"),
        SearchFilters.NONE.withEntity(EntityType.named("COUNTRY"), "格鲁吉亚"),
        SearchFilters.NONE.withYears(2016, null).withLanguage("zh"),
        SearchFilters.NONE.withMissing(MissingMetadata.YEAR).withKind(RecordKind.PAPER),
        SearchFilters.NONE.withTheme("trade"));
    for (SearchFilters f : all) {
      String syntax = new SearchRequest("", 0, 10, false, f).syntax();
      assertEquals(ids(f), ids(syntax, SearchFilters.NONE), syntax);
    }
  }

  @Test
  void refusesContradictoryFiltersQuotingThem() {
    IllegalArgumentException years = assertThrows(IllegalArgumentException.class,
        () -> SearchFilters.NONE.withYears(2020, 2010));
    assertTrue(years.getMessage().contains("2020 to 2010"), years.getMessage());
    IllegalArgumentException lang = assertThrows(IllegalArgumentException.class,
        () -> SearchFilters.NONE.withLanguage("zh OR x"));
    assertTrue(lang.getMessage().contains("'zh OR x'"), lang.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SearchFilters.NONE.withEntity(EntityType.named("COUNTRY"), " "));
  }
}
