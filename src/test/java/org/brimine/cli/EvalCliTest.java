package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bri eval retrieval} on a tiny hand-made collection, and on Cranfield when present. */
class EvalCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CRANFIELD = Path.of("../shared/data/cranfield");

  private static String[] args(Path dir, String... more) {
    List<String> all = new java.util.ArrayList<>(List.of("eval", "retrieval",
        "--docs", dir.resolve("docs.jsonl").toString(),
        "--queries", dir.resolve("queries.tsv").toString(),
        "--qrels", dir.resolve("qrels.trec").toString()));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private static Path tinyCollection(Path dir) throws IOException {
    Files.writeString(dir.resolve("docs.jsonl"), """
        {"id": "1", "title": "lift of a wing in a slipstream", "author": "a,b.", "text": "the lift of a wing in a propeller slipstream"}
        {"id": "2", "title": "heat conduction", "author": "c,d.", "text": "heat conduction in composite slabs"}
        {"id": "3", "title": "flutter", "author": "e,f.", "text": "flutter of a swept wing"}
        """);
    Files.writeString(dir.resolve("queries.tsv"), "1\t7\twing lift\n2\t9\tnothing matches\n");
    Files.writeString(dir.resolve("qrels.trec"), "1 0 1 2\n1 0 3 1\n1 0 2 0\n");
    return dir;
  }

  @Test
  void printsProductAndBaselineFiguresAsJson(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of(args(tinyCollection(dir), "--json"));
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = JSON.readTree(run.out());
    assertEquals(List.of("queries", "product", "baseline", "lexical", "dense", "hybrid"),
        fieldNames(json));
    assertEquals(1, json.get("queries").asInt(), "query 2 has no judgements");
    for (String system : List.of("product", "baseline", "lexical")) {
      JsonNode m = json.get(system);
      assertEquals(List.of("map", "ndcg10", "p10", "recall100"), fieldNames(m));
      // both rank 1 (both words) before 3 (one word): every relevant first
      assertEquals(1.0, m.get("map").asDouble(), 1e-9, system);
      assertEquals(1.0, m.get("ndcg10").asDouble(), 1e-9, system);
      assertEquals(0.2, m.get("p10").asDouble(), 1e-9, system);
      assertEquals(1.0, m.get("recall100").asDouble(), 1e-9, system);
    }
  }

  @Test
  void printsTheJsonFiguresInTheirOrderByteForByte(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of(args(tinyCollection(dir), "--json"));
    assertEquals(0, run.exitCode(), run.err());
    JsonNode product = JSON.readTree(run.out()).get("product");
    assertEquals(String.format("""
        {
          "queries" : 1,
          "product" : {
            "map" : %s,
            "ndcg10" : %s,
            "p10" : %s,
            "recall100" : %s
          },
          "baseline" : {
        """, product.get("map"), product.get("ndcg10"), product.get("p10"),
        product.get("recall100")), run.out().substring(0, run.out().indexOf("\"baseline\"")
        + 15).replace("\r\n", "\n"));
  }

  @Test
  void endsTheTextReportWithASummaryLine(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of(args(tinyCollection(dir)));
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().strip().split("\n");
    assertTrue(lines[lines.length - 1].startsWith("eval retrieval: 1 queries, product MAP 1.0000"
        + " vs baseline 1.0000"), run.out());
    assertTrue(run.out().contains("| product | 1.0000 | 1.0000 | 0.2000 | 1.0000 |"), run.out());
  }

  @Test
  void theProductRowIsTheProductsFusionWhateverFusionLists(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of(args(tinyCollection(dir), "--fusion", "rrf:20,weighted:0.5"));
    assertEquals(0, run.exitCode(), run.err());
    List<String> hybridRows = run.out().lines().filter(l -> l.startsWith("| hybrid, "))
        .map(l -> l.substring(2, l.indexOf(" |", 2))).toList();
    // the default (weighted 0.5) first, as the product row uses the first, and listed once
    assertEquals(List.of("hybrid, weighted sum, dense 0.50", "hybrid, RRF k=20"), hybridRows,
        run.out());
  }

  @Test
  void aBadQrelsLineFailsWithExitOneQuotingIt(@TempDir Path dir) throws IOException {
    tinyCollection(dir);
    Files.writeString(dir.resolve("qrels.trec"), "1 0 1 relevant\n");
    CliRun run = CliRun.of(args(dir));
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("'relevant'"), run.err());
  }

  @Test
  void missingOptionsOrSubcommandAreUsageErrors(@TempDir Path dir) throws IOException {
    assertEquals(2, CliRun.of("eval", "retrieval", "--docs", "x.jsonl").exitCode());
    assertEquals(2, CliRun.of("eval").exitCode());
    assertEquals(2, CliRun.of(args(tinyCollection(dir), "--k1", "many")).exitCode());
    CliRun depth = CliRun.of(args(dir, "--depth", "0"));
    assertEquals(2, depth.exitCode());
    assertTrue(depth.err().contains("got 0"), depth.err());
  }

  @Test
  void productBeatsThePlainBaselineOnCranfield() throws IOException {
    Assumptions.assumeTrue(Files.isRegularFile(CRANFIELD.resolve("docs.jsonl")),
        "../shared/data/cranfield is absent");
    CliRun run = CliRun.of(args(CRANFIELD, "--json"));
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = JSON.readTree(run.out());
    assertEquals(225, json.get("queries").asInt());
    JsonNode product = json.get("product");
    JsonNode baseline = json.get("baseline");
    assertTrue(product.get("map").asDouble() >= 1.10 * baseline.get("map").asDouble(),
        run.out());
    assertTrue(product.get("ndcg10").asDouble() >= baseline.get("ndcg10").asDouble(), run.out());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
