package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.brimine.index.RecordWriter;
import org.brimine.index.Schema;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.CitedReference;
import org.brimine.model.Entity;
import org.brimine.model.Keyphrase;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.PaperRecord;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;
import org.brimine.model.ThemeHit;
import org.brimine.model.ThemeScore;
import org.brimine.model.Themes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics of a theme read from the index equal those computed from the paper records
 * themselves, on a small real index of random papers (written in several commits, some papers
 * replaced, so that it has several segments and deleted documents).
 */
class ThemeStatisticsTest {
  private static final List<String> THEMES = List.of("financial-integration",
      "unimpeded-trade", "policy-coordination", "facilities-connectivity", "geopolitics");
  private static final List<String> TYPES = List.of("FIN_INSTITUTION", "COUNTRY", "CURRENCY",
      "PROJECT");
  private static final List<String> PHRASES = List.of("bond market", "bond markets",
      "port finance", "port-finance", "green finance", "free trade zone", "railway freight",
      "digital silk road");
  private static final int PAPERS = 60;

  @TempDir
  static Path dir;
  private static RecordSearcher searcher;
  /** The records as the index holds them last, by id. */
  private static final Map<String, PaperRecord> RECORDS = new TreeMap<>();

  @BeforeAll
  static void buildIndex() throws IOException {
    SplittableRandom random = new SplittableRandom(18);
    try (RecordWriter writer = RecordWriter.open(dir)) {
      for (int i = 0; i < PAPERS; i++) {
        write(writer, paper(i, random));
        if (i % 15 == 14) {
          writer.commit();
        }
      }
      // replaced papers leave deleted documents behind
      for (int i = 0; i < PAPERS; i += 7) {
        write(writer, paper(i, random));
      }
      writer.commit();
    }
    searcher = RecordSearcher.open(dir, Ranking.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static void write(RecordWriter writer, AnnotatedPaper paper) throws IOException {
    writer.write(paper);
    RECORDS.put(paper.parsed().id(), PaperRecord.of(paper));
  }

  private static AnnotatedPaper paper(int i, SplittableRandom random) {
    String id = String.format("p%02d", i);
    Integer year = random.nextInt(6) == 0 ? null : 2013 + random.nextInt(8);
    Paper p = new Paper(id, "papers/" + id + ".txt", "Text of " + id + ".",
        new PaperMetadata("Title " + id, List.of("Author " + id), year, null, null, null, "en"),
        "hash-" + id + "-" + random.nextInt());
    List<CitedReference> cites = new ArrayList<>();
    for (int c = random.nextInt(5); c > 0; c--) {
      String cited = random.nextInt(4) == 0 ? "elsewhere-" + random.nextInt(5)
          : String.format("p%02d", random.nextInt(PAPERS));
      cites.add(new CitedReference(cited, new Reference("raw " + cited, ReferenceStyle.GBT7714,
          List.of(), "Title of " + cited, "J", null, null, 2015, null, null, null, null, null,
          null)));
    }
    ParsedPaper parsed = new ParsedPaper(id, p, "Title " + id, false, null, List.of(), cites,
        List.of());
    List<ThemeScore> scores = new ArrayList<>();
    List<ThemeHit> hits = new ArrayList<>();
    double left = 1;
    for (String theme : THEMES) {
      if (random.nextInt(3) > 0) {
        // a few weights tie, so that the order by id is checked too
        double weight = random.nextInt(4) == 0 ? 0.25 : left * random.nextDouble();
        left -= weight / 2;
        scores.add(new ThemeScore(theme, weight, 1));
        hits.add(new ThemeHit(theme, 0, 1, List.of("term"), "A sentence of " + id + "."));
      }
    }
    scores.sort(Comparator.comparingDouble(ThemeScore::weight).reversed());
    List<Entity> entities = new ArrayList<>();
    for (String type : TYPES) {
      for (int e = random.nextInt(3); e > 0; e--) {
        String name = type.toLowerCase() + " " + random.nextInt(4);
        if (entities.stream().noneMatch(x -> x.canonical().equals(name))) {
          entities.add(new Entity(name, type, 1, List.of()));
        }
      }
    }
    List<Keyphrase> keyphrases = new ArrayList<>();
    for (String phrase : PHRASES) {
      if (random.nextInt(3) == 0) {
        keyphrases.add(new Keyphrase(phrase, 1, 1 + random.nextInt(5)));
      }
    }
    return new AnnotatedPaper(parsed, new AnnotatedText(p.text(), List.of(), List.of()),
        entities, new Themes(hits, scores, keyphrases));
  }

  private static double weight(PaperRecord p, String theme) {
    return p.themes().stream().filter(t -> t.theme().equals(theme)).mapToDouble(
        ThemeScore::weight).findFirst().orElse(-1);
  }

  /** The statistics computed from the records, as the summaries once did. */
  private static ThemeStatistics fromRecords(String theme, Predicate<PaperRecord> scope, int top) {
    List<PaperRecord> inScope = RECORDS.values().stream().filter(scope).toList();
    List<PaperRecord> carrying = new ArrayList<>(inScope.stream()
        .filter(p -> weight(p, theme) >= 0).toList());
    carrying.sort(Comparator.comparingDouble((PaperRecord p) -> weight(p, theme)).reversed()
        .thenComparing(p -> p.paper().id()));
    Map<Integer, List<Double>> byYear = new TreeMap<>();
    Map<String, Integer> themes = new HashMap<>();
    Map<String, Map<String, Integer>> entities = new LinkedHashMap<>();
    TYPES.forEach(t -> entities.put(t, new HashMap<>()));
    Map<String, ThemeStatistics.PhraseUse> phrases = new HashMap<>();
    for (PaperRecord p : carrying) {
      Integer year = p.paper().paper().metadata().year();
      if (year != null) {
        byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(weight(p, theme));
      }
      p.themes().forEach(t -> themes.merge(t.theme(), 1, Integer::sum));
      p.entities().forEach(e -> entities.get(e.type()).merge(e.canonical(), 1, Integer::sum));
      p.keyphrases().forEach(k -> phrases.merge(k.phrase(),
          new ThemeStatistics.PhraseUse(1, k.count(), k.lemma()),
          (a, b) -> new ThemeStatistics.PhraseUse(a.papers() + b.papers(),
              a.occurrences() + b.occurrences(), a.lemma())));
    }
    List<ThemeStatistics.Year> years = new ArrayList<>();
    byYear.forEach((y, ws) -> {
      // in the order the old summaries added them: papers by weight, highest first
      double sum = 0;
      for (double w : ws) {
        sum += w;
      }
      years.add(new ThemeStatistics.Year(y, ws.size(), sum));
    });
    List<String> ids = carrying.stream().map(p -> p.paper().id()).toList();
    Set<String> theirs = new HashSet<>(ids);
    List<ThemeStatistics.Link> links = new ArrayList<>();
    for (PaperRecord p : carrying) {
      p.paper().citedIds().stream().filter(theirs::contains).sorted(
          Comparator.comparingInt(ids::indexOf))
          .forEach(c -> links.add(new ThemeStatistics.Link(p.paper().id(), c)));
    }
    return new ThemeStatistics(inScope.size(), carrying.size(),
        carrying.subList(0, Math.min(top, carrying.size())), years, themes, entities, phrases,
        links.subList(0, Math.min(top, links.size())));
  }

  private static void assertSameStatistics(ThemeStatistics expected, ThemeStatistics actual) {
    assertEquals(expected.scopePapers(), actual.scopePapers(), "papers in scope");
    assertEquals(expected.papers(), actual.papers(), "papers carrying the theme");
    assertEquals(expected.top().stream().map(p -> p.paper().id()).toList(),
        actual.top().stream().map(p -> p.paper().id()).toList(), "the top papers, in order");
    assertEquals(expected.top(), actual.top(), "the top papers' whole records");
    assertEquals(expected.years(), actual.years(), "papers and weights per year, exactly");
    assertEquals(expected.themes(), actual.themes(), "co-occurring themes");
    assertEquals(expected.entities(), actual.entities(), "entities by type");
    assertEquals(expected.keyphrases(), actual.keyphrases(), "keyphrases");
    assertEquals(expected.citations(), actual.citations(), "citation links, in order");
  }

  @Test
  void everyThemesStatisticsFromTheIndexEqualThoseFromTheRecords() throws IOException {
    for (String theme : THEMES) {
      assertSameStatistics(fromRecords(theme, p -> true, 1000),
          searcher.themeStatistics().read("", theme, 1000, TYPES));
    }
    ThemeStatistics fi = searcher.themeStatistics().read("", THEMES.get(0), 1000, TYPES);
    assertTrue(fi.papers() > 20 && fi.citations().size() > 5 && fi.years().size() > 4,
        "the fixture exercises every part: " + fi.papers() + " papers, "
            + fi.citations().size() + " links, " + fi.years().size() + " years");
  }

  @Test
  void aScopeAndALimitGiveTheSameAsTheRecords() throws IOException {
    Predicate<PaperRecord> years = p -> p.paper().paper().metadata().year() != null
        && p.paper().paper().metadata().year() >= 2015
        && p.paper().paper().metadata().year() <= 2018;
    for (String theme : THEMES) {
      assertSameStatistics(fromRecords(theme, years, 4),
          searcher.themeStatistics().read("year:[2015 TO 2018]", theme, 4, TYPES));
    }
  }

  @Test
  void aThemeNoPaperCarriesHasNoStatistics() throws IOException {
    ThemeStatistics none = searcher.themeStatistics().read("", "rmb-internationalisation", 10, TYPES);
    assertEquals(PAPERS, none.scopePapers());
    assertEquals(0, none.papers());
    assertEquals(List.of(), none.top());
    assertEquals(Map.of(), none.themes());
  }

  @Test
  void refusesAnEntityTypeWithoutAFacetNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> searcher.themeStatistics().read("", THEMES.get(0), 10, List.of("MONEY")));
    assertTrue(e.getMessage().contains("'MONEY'"), e.getMessage());
  }

  @Test
  void refusesAnIndexBuiltWithoutThemeWeightsSayingToRebuildIt(@TempDir Path old)
      throws IOException {
    // a paper as indexes written before the summaries counted from doc values held it
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(old), new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField(Schema.ID, "p1", Field.Store.YES));
      doc.add(new SortedDocValuesField(Schema.ID, new BytesRef("p1")));
      doc.add(new StringField(Schema.KIND, "paper", Field.Store.YES));
      doc.add(new StringField(Schema.THEME, THEMES.get(0), Field.Store.YES));
      writer.addDocument(doc);
    }
    try (RecordSearcher oldSearcher = RecordSearcher.open(old, Ranking.DEFAULT)) {
      IOException e = assertThrows(IOException.class,
          () -> oldSearcher.themeStatistics().read("", THEMES.get(0), 10, TYPES));
      assertTrue(e.getMessage().contains("'bri ingest'"), e.getMessage());
    }
  }
}
