package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bri map} and {@code bri bursts} on a hand-built index of citing papers whose networks
 * are known by construction. Papers 1-3 cite works a1-a3, papers 4-6 works b1-b3, and paper 7
 * cites a3 and b1: two groups joined by one weak link.
 *
 * <pre>
 * paper year cites        authors          keyphrase
 * p1    2010 a1 a2 a3     Li, Wang         bond market
 * p2    2011 a1 a2 a3     Li, Wang         bond market
 * p3    2012 a1 a2        Li, Zhang        bond market
 * p4    2013 b1 b2 b3     Chen             port logistics
 * p5    2014 b1 b2 b3     Chen             port logistics
 * p6    2015 b2 b3        Chen             port logistics
 * p7    2016 a3 b1        Zhao             digital silk road
 * </pre>
 *
 * Co-citation counts: a1-a2 3, a1-a3 2, a2-a3 2, b2-b3 3, b1-b2 2, b1-b3 2, a3-b1 1 (m = 15;
 * every node's link strength is 5). Coupling counts: p1-p2 3, p1-p3 2, p2-p3 2, p4-p5 3, p4-p6 2,
 * p5-p6 2, and 1 for p7 with each of p1, p2, p4, p5.
 */
class MapCliTest {
  @TempDir
  static Path root;

  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void buildIndex() throws IOException {
    writeCorpus(root);
  }

  /** Writes the index of the table above into {@code root/lucene}. */
  static void writeCorpus(Path root) throws IOException {
    try (RecordWriter writer = RecordWriter.open(root.resolve("lucene"))) {
      paper(writer, "p1", 2010, List.of("a1", "a2", "a3"), List.of("Li", "Wang"), "bond market");
      paper(writer, "p2", 2011, List.of("a1", "a2", "a3"), List.of("Li", "Wang"), "bond market");
      paper(writer, "p3", 2012, List.of("a1", "a2"), List.of("Li", "Zhang"), "bond market");
      paper(writer, "p4", 2013, List.of("b1", "b2", "b3"), List.of("Chen"), "port logistics");
      paper(writer, "p5", 2014, List.of("b1", "b2", "b3"), List.of("Chen"), "port logistics");
      paper(writer, "p6", 2015, List.of("b2", "b3"), List.of("Chen"), "port logistics");
      paper(writer, "p7", 2016, List.of("a3", "b1"), List.of("Zhao"), "digital silk road");
      writer.commit();
    }
  }

  private static void paper(RecordWriter writer, String id, int year, List<String> cites,
      List<String> authors, String keyphrase) throws IOException {
    Paper p = new Paper(id, "papers/" + id + ".txt", "Text of " + id + ".",
        new PaperMetadata("Title " + id, authors, year, null, null, null, "en"), "hash-" + id);
    List<CitedReference> refs = new ArrayList<>();
    for (String cited : cites) {
      refs.add(new CitedReference(cited, new Reference("raw " + cited, ReferenceStyle.GBT7714,
          List.of(), "Work " + cited, "J", null, null, 2005, null, null, null, null, null, null)));
    }
    ParsedPaper parsed = new ParsedPaper(id, p, "Title " + id, false, null, List.of(), refs,
        List.of());
    List<Entity> entities = List.of(new Entity(year < 2013 ? "Kazakhstan" : "Pakistan",
        "COUNTRY", 2, List.of()));
    PaperRecord record = new PaperRecord(parsed, entities,
        List.of(new ThemeScore("financial-integration", 0.5, 1)),
        List.of(new Keyphrase(keyphrase, 2, 3)), List.of());
    writer.write(writer.prepare(record, Optional.empty()));
  }

  private static JsonNode map(String... options) throws IOException {
    Path out = Files.createTempFile(root, "map", ".json");
    List<String> args = new ArrayList<>(List.of("map"));
    args.addAll(List.of(options));
    args.addAll(List.of("--format", "json", "--out", out.toString(), "--index", root.toString()));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(out.toFile());
  }

  /** The edges as "x-y" (x before y in the alphabet) to weight. */
  private static Map<String, Double> edges(JsonNode map) {
    Map<String, Double> edges = new TreeMap<>();
    for (JsonNode e : map.get("edges")) {
      String source = e.get("source").asText();
      String target = e.get("target").asText();
      edges.put(source.compareTo(target) < 0 ? source + "-" + target : target + "-" + source,
          e.get("weight").asDouble());
    }
    return edges;
  }

  private static Map<String, Integer> clusters(JsonNode map) {
    Map<String, Integer> clusters = new TreeMap<>();
    map.get("nodes").forEach(n -> clusters.put(n.get("id").asText(), n.get("cluster").asInt()));
    return clusters;
  }

  @Test
  void countsReferencesCitedTogether() throws IOException {
    JsonNode map = map("cocitation");
    assertEquals("cocitation", map.get("kind").asText());
    assertEquals(Map.of("a1-a2", 3.0, "a1-a3", 2.0, "a2-a3", 2.0, "b1-b2", 2.0, "b1-b3", 2.0,
        "b2-b3", 3.0, "a3-b1", 1.0), edges(map));
    JsonNode a1 = map.get("nodes").get(0);
    assertEquals("a1", a1.get("id").asText());
    assertEquals("Work a1", a1.get("label").asText());
    assertEquals(3, a1.get("weight").asInt());
    assertEquals(2010, a1.get("year").asInt(), "first cited in 2010");
  }

  @Test
  void clustersTheTwoGroupsJoinedByOneWeakLink() throws IOException {
    JsonNode map = map("cocitation");
    Map<String, Integer> clusters = clusters(map);
    int a = clusters.get("a1");
    int b = clusters.get("b1");
    assertNotEquals(a, b);
    assertEquals(Map.of("a1", a, "a2", a, "a3", a, "b1", b, "b2", b, "b3", b), clusters);
    assertEquals(2, map.get("clusters").size());
    for (JsonNode cluster : map.get("clusters")) {
      assertEquals(3, cluster.get("size").asInt());
      // a cluster's papers are those citing its references; p7 cites both groups
      assertEquals(cluster.get("id").asInt() == a ? "bond market; digital silk road"
          : "port logistics; digital silk road", cluster.get("label").asText());
    }
    // modularity: 2 (7/15 - (15/30)^2); silhouette: (4 * 5/6 + 2 * 5/8) / 6
    assertEquals(13.0 / 30, map.get("modularity").asDouble(), 1e-12);
    assertEquals(55.0 / 72, map.get("silhouette").asDouble(), 1e-12);
  }

  @Test
  void clustersAreTheSameOnEveryRun() throws IOException {
    assertEquals(clusters(map("cocitation")), clusters(map("cocitation")));
  }

  @Test
  void countsReferencesSharedByPapers() throws IOException {
    JsonNode map = map("coupling");
    assertEquals(Map.of("p1-p2", 3.0, "p1-p3", 2.0, "p2-p3", 2.0, "p4-p5", 3.0, "p4-p6", 2.0,
        "p5-p6", 2.0, "p1-p7", 1.0, "p2-p7", 1.0, "p4-p7", 1.0, "p5-p7", 1.0), edges(map));
    Map<String, Integer> clusters = clusters(map);
    assertEquals(clusters.get("p1"), clusters.get("p3"));
    assertEquals(clusters.get("p4"), clusters.get("p6"));
    assertNotEquals(clusters.get("p1"), clusters.get("p4"));
    JsonNode p1 = map.get("nodes").get(0);
    assertEquals("Title p1", p1.get("label").asText());
    assertEquals(2010, p1.get("year").asInt());
  }

  @Test
  void normalisesByAssociationStrength() throws IOException {
    // 2m c_ij / (s_i s_j) with m = 15 and every s = 5
    Map<String, Double> edges = edges(map("cocitation", "--normalize", "association"));
    assertEquals(30.0 * 3 / 25, edges.get("a1-a2"), 1e-12);
    assertEquals(30.0 * 1 / 25, edges.get("a3-b1"), 1e-12);
  }

  @Test
  void keepsTheTopNodesAndHeavyLinks() throws IOException {
    assertEquals(Map.of("a1-a2", 3.0, "b2-b3", 3.0),
        edges(map("cocitation", "--min-weight", "3")));
    assertEquals(Map.of("a1-a2", 3.0), edges(map("cocitation", "--top", "2")));
  }

  @Test
  void mapsCoauthorsCountriesKeywordsAndYears() throws IOException {
    assertEquals(Map.of("Li-Wang", 2.0, "Li-Zhang", 1.0), edges(map("coauthor")));
    JsonNode countries = map("countries");
    assertEquals(2, countries.get("nodes").size());
    assertEquals(Map.of(), edges(countries), "no paper names two countries");
    assertEquals(3, map("keywords").get("nodes").size());
    assertEquals(Map.of("a1-a2", 3.0, "a1-a3", 2.0, "a2-a3", 2.0),
        edges(map("cocitation", "--years", "2010-2012")));
    assertEquals(Map.of("b1-b2", 2.0, "b1-b3", 2.0, "b2-b3", 3.0),
        edges(map("cocitation", "--query", "keyphrases:\"port logistics\"")));
  }

  @Test
  void mapsNothingWhenNoPaperMatches() throws IOException {
    JsonNode map = map("cocitation", "--years", "1990-1999");
    assertEquals(0, map.get("nodes").size());
    assertEquals(0, map.get("clusters").size());
    assertEquals(0.0, map.get("modularity").asDouble());
  }

  @Test
  void refusesAnUnknownKindQuotingIt() {
    CliRun run = CliRun.of("map", "citations", "--format", "json", "--out",
        root.resolve("x.json").toString(), "--index", root.toString());
    assertEquals(Main.EXIT_USAGE, run.exitCode());
    assertTrue(run.err().contains("'citations'"), run.err());
  }

  @Test
  void findsTheBurstOfATermThatAppearsLate() throws IOException {
    CliRun run = CliRun.of("bursts", "--field", "keyword", "--json", "--index", root.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode bursts = JSON.readTree(run.out());
    assertEquals("keyword", bursts.get("field").asText());
    // seven years, one paper each; "bond market" in 2010-2012: p0 = 3/7, p1 = 6/7. In burst
    // each of its years costs ln 2 less (-ln 6/7 against -ln 3/7), 3 ln 2 in all, more than the
    // ln 7 of entering the burst; "digital silk road" (2016 only) would save ln 2 < ln 7.
    assertEquals(2, bursts.get("bursts").size(), bursts.toString());
    assertBurst(bursts.get("bursts").get(0), "bond market", 2010, 2012, 3 * Math.log(2));
    assertBurst(bursts.get("bursts").get(1), "port logistics", 2013, 2015, 3 * Math.log(2));
  }

  private static void assertBurst(JsonNode burst, String term, int start, int end,
      double strength) {
    assertEquals(term, burst.get("term").asText());
    assertEquals(start, burst.get("start").asInt());
    assertEquals(end, burst.get("end").asInt());
    assertEquals(strength, burst.get("strength").asDouble(), 1e-9);
  }
}
