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
  void serveOnAPortInUseSaysWhichAndExitsWithoutServing() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("serve", "--port", Integer.toString(taken.getLocalPort()),
          "--solr", "http://127.0.0.1:1/solr", "--collection", "papers");
      assertEquals(1, run.exitCode(), run.err());
      assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()),
          run.err());
    }
  }

  @Test
  void retrievalWithSolrIsAUsageError() {
    CliRun run = CliRun.of("search", "--solr", "http://127.0.0.1:1/solr", "--collection",
        "papers", "--retrieval", "dense", "railway");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("got --retrieval dense with --solr"), run.err());
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
