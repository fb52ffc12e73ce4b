package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.brimine.index.RecordWriter;
import org.brimine.model.CitedReference;
import org.brimine.model.Entity;
import org.brimine.model.Keyphrase;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.PaperRecord;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;
import org.brimine.model.ThemeScore;
import org.brimine.search.TraitTable.Trait;
import org.brimine.themes.Taxonomy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The columns read from an index hold, paper by paper, the same traits as the records that
 * {@link PaperTraitsReader#forEach} reads: over several segments (values numbered across them),
 * with a replaced paper (a deleted document in an older segment), keyphrases that are also
 * keywords, papers without a year, and a query that keeps some papers only.
 */
class TraitTableReaderTest {
  @TempDir
  static Path root;

  private static RecordSearcher searcher;

  private static final List<String> THEMES = List.of("financial-integration",
      "unimpeded-trade", "policy-coordination");

  @BeforeAll
  static void buildIndex() throws IOException {
    Random random = new Random(17);
    try (RecordWriter writer = RecordWriter.open(root.resolve("lucene"))) {
      for (int segment = 0; segment < 3; segment++) {
        for (int i = 0; i < 25; i++) {
          paper(writer, "p" + (segment * 25 + i), random);
        }
        if (segment == 2) {
          paper(writer, "p3", random); // replaces p3 of the first segment
        }
        writer.commit();
      }
    }
    searcher = RecordSearcher.open(root.resolve("lucene"), Ranking.DEFAULT,
        Taxonomy.load().ids());
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static void paper(RecordWriter writer, String id, Random random) throws IOException {
    Integer year = random.nextInt(8) == 0 ? null : 2005 + random.nextInt(12);
    List<String> authors = pick(random, 4, 12, "Author ");
    Paper p = new Paper(id, "papers/" + id + ".txt", "Text of " + id + ".",
        new PaperMetadata("Title " + id, authors, year, null, null, null, "en"), "hash-" + id
            + random.nextInt());
    List<CitedReference> refs = new ArrayList<>();
    for (String cited : pick(random, 6, 40, "w")) {
      refs.add(new CitedReference(cited, new Reference("raw " + cited, ReferenceStyle.GBT7714,
          List.of(), "Work " + cited, "J", null, null, 2005, null, null, null, null, null, null)));
    }
    List<String> phrases = pick(random, 5, 30, "phrase ");
    List<String> keywords = pick(random, 3, 30, "phrase ");
    ParsedPaper parsed = new ParsedPaper(id, p, "Title " + id, false, null, List.of(), refs,
        List.of(), List.of(), keywords);
    List<Entity> entities = new ArrayList<>();
    for (String name : pick(random, 3, 6, "Land ")) {
      entities.add(new Entity(name, "COUNTRY", 1, List.of()));
    }
    for (String name : pick(random, 2, 6, "Bank ")) {
      entities.add(new Entity(name, "FIN_INSTITUTION", 1, List.of()));
    }
    List<ThemeScore> themes = new ArrayList<>();
    for (String theme : THEMES) {
      if (random.nextBoolean()) {
        themes.add(new ThemeScore(theme, 0.5, 1));
      }
    }
    List<Keyphrase> keyphrases = new ArrayList<>();
    for (String phrase : phrases) {
      keyphrases.add(new Keyphrase(phrase, 1, 1 + random.nextInt(4)));
    }
    writer.write(writer.prepare(new PaperRecord(parsed, entities, themes, keyphrases, List.of()),
        Optional.empty()));
  }

  /** Up to {@code most} distinct names of {@code of}, with a prefix. */
  private static List<String> pick(Random random, int most, int of, String prefix) {
    Set<String> names = new java.util.LinkedHashSet<>();
    int n = random.nextInt(most + 1);
    for (int i = 0; i < n; i++) {
      names.add(prefix + random.nextInt(of));
    }
    return List.copyOf(names);
  }

  private static void assertSameAsRecords(String query) throws IOException {
    PaperTraitsReader reader = searcher.paperTraits();
    List<PaperTraits> records = new ArrayList<>();
    reader.forEach(query, SearchFilters.NONE, EnumSet.allOf(PaperTraitsReader.Extra.class),
        records::add);
    TraitTable expected = TraitTable.of(records);
    TraitTable table = reader.table(query, SearchFilters.NONE, EnumSet.allOf(Trait.class));
    assertEquals(records.size(), table.size());
    assertTrue(records.size() > 10, "papers: " + records.size());
    for (int p = 0; p < table.size(); p++) {
      assertEquals(expected.year(p), table.year(p), "year of paper " + p);
      for (Trait trait : Trait.values()) {
        assertEquals(values(expected, trait, p), values(table, trait, p),
            trait + " of " + records.get(p).id());
      }
    }
  }

  private static Set<Object> values(TraitTable table, Trait trait, int paper) {
    TraitTable.Column<?> column = trait == Trait.ENTITIES ? table.entities()
        : table.strings(trait);
    Set<Object> values = new HashSet<>();
    for (int i = column.offsets()[paper]; i < column.offsets()[paper + 1]; i++) {
      assertTrue(values.add(column.values().get(column.ordinals()[i])), "twice in a paper");
    }
    return values;
  }

  @Test
  void readsTheSameTraitsAsTheRecordsAcrossSegments() throws IOException {
    assertSameAsRecords(null);
  }

  @Test
  void readsTheSameTraitsOfThePapersAQueryFinds() throws IOException {
    assertSameAsRecords("theme:financial-integration");
  }

  @Test
  void refusesATraitThatWasNotRead() throws IOException {
    TraitTable table = searcher.paperTraits().table(null, SearchFilters.NONE,
        Set.of(Trait.CITES));
    assertEquals(75, table.size(), "75 papers, p3 once");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> table.strings(Trait.KEYPHRASES));
    assertTrue(e.getMessage().contains("KEYPHRASES"), e.getMessage());
  }
}
