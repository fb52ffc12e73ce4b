package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Solr commands' options, without a cluster (SolrCloudTest runs one). */
class SolrCliTest {
  @Test
  void configsetWritesSchemaAndConfig(@TempDir Path dir) {
    CliRun run = CliRun.of("solr", "configset", "--out", dir.resolve("conf").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.isRegularFile(dir.resolve("conf/managed-schema.xml")));
    assertTrue(Files.isRegularFile(dir.resolve("conf/solrconfig.xml")));
    assertTrue(run.out().contains("solr configset: configset in"), run.out());
  }

  @Test
  void solrWithoutCollectionIsAUsageError() {
    CliRun run = CliRun.of("search", "--solr", "http://127.0.0.1:1/solr", "railway");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--solr and --collection go together"), run.err());
  }

  @Test
  void serveSolrWithoutCollectionOrWithABadOneIsAUsageErrorBeforeServing(@TempDir Path dir) {
    CliRun run = CliRun.of("serve", "--port", "0", "--solr", "http://127.0.0.1:1/solr");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--solr and --collection go together"), run.err());
    run = CliRun.of("serve", "--port", "0", "--index", dir.toString(), "--solr",
        "http://127.0.0.1:1/solr", "--collection", "my papers");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("'my papers'"), run.err());
  }

  @Test
  void badCollectionNameIsAUsageErrorQuotingIt(@TempDir Path dir) {
    CliRun run = CliRun.of("index", "--index", dir.toString(), "--solr",
        "http://127.0.0.1:1/solr", "--collection", "my papers");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("'my papers'"), run.err());
  }

  @Test
  void localRefusesTooManyNodesBeforeStartingAnything(@TempDir Path dir) {
    CliRun run = CliRun.of("solr", "local", "--nodes", "20", "--dir", dir.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("got 20"), run.err());
  }
}
