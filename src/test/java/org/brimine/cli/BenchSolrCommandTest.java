package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.ThemeScore;
import org.brimine.model.Themes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bri bench solr --local-cloud} end to end on a tiny index: a real two-node, two-shard
 * SolrCloud started by the command (MiniSolrCloudCluster, embedded ZooKeeper), the push, the
 * comparison and the report.
 */
class BenchSolrCommandTest {
  @TempDir
  Path dir;

  private static AnnotatedPaper paper(String id, int year, String venue, String title,
      String text) {
    PaperMetadata metadata = new PaperMetadata(title, List.of("Wang Nan"), year, venue, null,
        null, "en");
    Paper paper = new Paper(id, "papers/" + id + ".txt", text, metadata, Hashes.sha256(id));
    ParsedPaper parsed = new ParsedPaper(id, paper, title, false, text, List.of(), List.of(),
        List.of()).withLanguages("en", null, null, null, null);
    return new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), List.of(),
        new Themes(List.of(), List.of(new ThemeScore("unimpeded-trade", 0.5, 1)), List.of()));
  }

  @Test
  void pushesTheIndexAndFindsTheSameTopTenOnBothSides() throws IOException {
    Path home = dir.resolve("home");
    try (RecordWriter writer = RecordWriter.open(home.resolve("lucene"))) {
      writer.write(paper("rail", 2016, "Journal of Transport", "Railways and ports",
          "New railways link inland China with ports on the coast. Railways carry freight."));
      writer.write(paper("bank", 2017, "World Economy", "Development finance",
          "The bank lends to railways and power plants in dollars and in renminbi."));
      writer.write(paper("swap", 2018, "World Economy", "Currency swaps",
          "Central banks signed currency swap lines in renminbi."));
      for (int i = 0; i < 4; i++) {
        writer.write(paper("filler" + i, 2010 + i, "Filler Review", "Corridor " + i,
            "A corridor of roads and pipelines, part " + i + ", with ports."));
      }
      writer.commit();
    }
    Path queries = dir.resolve("queries.txt");
    Files.writeString(queries, "## words\nrailways\nrenminbi\nports\n## fields\n"
        + "venue:\"world economy\"\n");
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    int code = cl.execute("bench", "solr", "--index", home.toString(), "--local-cloud",
        "--nodes", "2", "--shards", "2", "--dir", dir.resolve("solr").toString(),
        "--queries", queries.toString(), "--warmup", "1", "--runs", "1", "--batch", "3");
    String report = out.toString();
    assertEquals(0, code, report);
    assertTrue(report.contains("7 records in 3 batches of up to 3, 0 retries, into 2 shards "
        + "on 2 local nodes"), report);
    // hits of equal score (the two papers of one venue) may come in either order from the shards
    assertTrue(report.matches("(?s).*\\| \\*\\*all\\*\\* \\| 4 \\| \\d \\([0-9.]+%\\) \\| 4 "
        + "\\(100.0%\\) \\| 4 \\| 1.000 \\| 4 \\| 4 \\| 4 \\|.*"), report);
    assertTrue(report.contains("0 queries failed on Solr"), report);
    assertTrue(report.contains("Queries that differ beyond ties (top 10, total or facets): 0"),
        report);
    assertTrue(report.contains("| SolrCloud (SolrSearcher) |"), report);
  }
}
