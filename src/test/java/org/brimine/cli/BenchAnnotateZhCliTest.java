package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bri bench annotate-zh} says what it lacks before loading any pipeline. */
class BenchAnnotateZhCliTest {
  @TempDir
  Path dir;

  @Test
  void refusesToRunTheDefaultPipelineWithoutTheModelsJarNamingThePath() throws Exception {
    Path articles = dir.resolve("articles.jsonl");
    Files.writeString(articles, "{\"id\": \"a\", \"title\": \"标题\", \"content\": \"中国。\"}\n");
    Path missing = dir.resolve("no-such-models-chinese.jar");
    CliRun r = CliRun.of("bench", "annotate-zh", "--articles", articles.toString(),
        "--runs", "default", "--models-jar", missing.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains(missing.toString()), r.err());
  }

  @Test
  void isListedAmongTheBenchmarks() {
    CliRun r = CliRun.of("bench");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("annotate-zh"), r.err());
  }
}
