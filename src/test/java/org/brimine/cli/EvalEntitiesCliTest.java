package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bri eval entities} on a tiny gold file written for the test (real CoreNLP). */
class EvalEntitiesCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void countsEntitiesByCanonicalAndTypeInBothLanguages(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, """
        {"_comment": "two items written for the test"}
        {"id": "t1", "text": "The AIIB lent to Laos.", "entities": [{"mention": "AIIB", "start": 4, "end": 8, "type": "FIN_INSTITUTION", "canonical": "Asian Infrastructure Investment Bank"}, {"mention": "Laos", "start": 17, "end": 21, "type": "COUNTRY", "canonical": "Laos"}]}
        {"id": "t2", "text": "王明说亚投行向老挝贷款。", "entities": [{"mention": "王明", "start": 0, "end": 2, "type": "PERSON", "canonical": "Wang Ming"}, {"mention": "亚投行", "start": 3, "end": 6, "type": "FIN_INSTITUTION", "canonical": "Asian Infrastructure Investment Bank"}, {"mention": "老挝", "start": 7, "end": 9, "type": "COUNTRY", "canonical": "Laos"}]}
        """);
    CliRun run = CliRun.of("eval", "entities", "--json", gold.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = JSON.readTree(run.out());
    assertEquals(2, json.get("items").asInt());
    JsonNode all = json.get("overall");
    assertEquals(5, all.get("tp").asInt(), run.out());
    assertEquals(0, all.get("fp").asInt(), "the Chinese NER finds 王明, romanised Wang Ming");
    assertEquals(0, all.get("fn").asInt(), run.out());
    assertEquals(1.0, all.get("recall").asDouble(), 1e-9);
    assertEquals(5, json.get("spans").get("tp").asInt(), "spans count in code points");
    assertEquals(0, json.get("canonicalOnly").get("fn").asInt());
    assertEquals(1, json.get("types").get("PERSON").get("tp").asInt());
  }

  @Test
  void aBadGoldLineFailsWithExitOneQuotingTheLine(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"id\": \"t1\", \"text\": \"x\"}\nnot json\n");
    CliRun run = CliRun.of("eval", "entities", gold.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertTrue(run.err().contains("gold line 2"), run.err());
  }
}
