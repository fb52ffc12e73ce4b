package org.brimine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchQueriesTest {
  @Test
  void theBundledSetHasItsQueriesUnderTheirShapes() throws IOException {
    // the set that README and BENCHMARKS.md describe: 255 queries in 7 shapes
    Map<String, Integer> shapes = new LinkedHashMap<>();
    for (BenchQueries q : BenchQueries.load(null)) {
      shapes.merge(q.shape(), 1, Integer::sum);
    }
    assertEquals(Map.of("words", 70, "phrases", 35, "fields", 50, "year ranges", 30,
        "theme filters", 30, "operators, wildcards, fuzzy", 30, "long natural-language", 10),
        shapes);
  }

  @Test
  void aFileNamesShapesWithDoubleHashesAndSkipsCommentsAndBlankLines(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("queries.txt");
    Files.writeString(file, "first\n# a comment\n\n## words\n  railway  \n## fields\ntitle:asean\n");
    assertEquals(List.of(new BenchQueries("query", "first"), new BenchQueries("words", "railway"),
        new BenchQueries("fields", "title:asean")), BenchQueries.load(file));
  }
}
