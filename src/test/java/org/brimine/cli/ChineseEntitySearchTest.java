package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese paper and an English paper, written for the test, added to a fresh library (real
 * CoreNLP): the Chinese names of the gazetteer index under the English canonicals.
 */
class ChineseEntitySearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path work;
  private static String[] where;

  @BeforeAll
  static void addTwoPapers() throws IOException {
    Path zh = work.resolve("zh.txt");
    Files.writeString(zh, "亚投行与中国的合作\n\n亚投行为中老铁路提供贷款。老挝和中国签署了协议，"
        + "亚洲基础设施投资银行表示将继续支持该项目。\n");
    Path en = work.resolve("en.txt");
    Files.writeString(en, "AIIB lending in Laos\n\nThe AIIB lent money for a railway in Laos. "
        + "The Asian Infrastructure Investment Bank said it would lend more.\n");
    where = new String[] {"--corpus", work.resolve("corpus").toString(),
        "--index", work.resolve("index").toString()};
    CliRun add = run("add", zh.toString(), en.toString());
    assertEquals(0, add.exitCode(), add.err());
  }

  private static CliRun run(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(where));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static JsonNode search(String... args) throws IOException {
    CliRun r = run("search", args);
    assertEquals(0, r.exitCode(), r.err());
    return JSON.readTree(r.out());
  }

  @Test
  void anEnglishAliasFindsTheChinesePaper() throws IOException {
    assertEquals(2, search("--json", "org:AIIB").get("total").asInt());
    assertEquals(1, search("--json", "org:AIIB AND project:\"China-Laos Railway\"")
        .get("total").asInt());
  }

  @Test
  void aFacetCountsTheBankOnceAcrossBothLanguages() throws IOException {
    JsonNode facets = search("--json", "--facets", "org:AIIB").get("facets");
    List<String> institutions = new ArrayList<>();
    facets.get("institution").forEach(v -> institutions.add(v.get("value").asText() + " "
        + v.get("count").asInt()));
    assertEquals(List.of("Asian Infrastructure Investment Bank 2"), institutions);
    List<String> countries = new ArrayList<>();
    facets.get("country").forEach(v -> countries.add(v.get("value").asText() + " "
        + v.get("count").asInt()));
    assertEquals(List.of("Laos 2", "China 1"), countries);
  }
}
