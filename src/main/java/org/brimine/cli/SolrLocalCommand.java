package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.brimine.solr.Configset;
import org.brimine.solr.LocalCloud;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bri solr local}: a real SolrCloud on this machine until Ctrl-C. */
@Command(name = "local", mixinStandardHelpOptions = true,
    description = {"Run a real SolrCloud on this machine until Ctrl-C: embedded ZooKeeper and "
        + "Solr nodes in Solr's own Jetty runner, with a collection made with the configset "
        + "of `bri solr configset`. Prints the URL for --solr."})
final class SolrLocalCommand implements Callable<Integer> {
  @Option(names = "--nodes", defaultValue = "2", paramLabel = "N",
      description = "Solr nodes (default: ${DEFAULT-VALUE})")
  int nodes;

  @Option(names = "--shards", defaultValue = "2", paramLabel = "N",
      description = "shards of the collection (default: ${DEFAULT-VALUE})")
  int shards;

  @Option(names = "--collection", defaultValue = "papers", paramLabel = "NAME",
      description = "the collection to create (default: ${DEFAULT-VALUE})")
  String collection;

  @Option(names = "--dir", required = true, paramLabel = "DIR",
      description = "where ZooKeeper and the nodes keep their data")
  Path dir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (nodes < 1 || nodes > 8 || shards < 1 || shards > 64) {
      throw new UsageException("--nodes must be 1 to 8 and --shards 1 to 64, got " + nodes
          + " and " + shards);
    }
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    LocalCloud cloud = LocalCloud.start(dir, nodes, Configset.DEFAULT);
    Thread hook = new Thread(() -> {
      try {
        cloud.close();
      } catch (IOException e) {
        spec.commandLine().getErr().println("bri solr local: " + e.getMessage());
      } finally {
        stopped.countDown();
      }
    }, "solr-local-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    cloud.createCollection(collection, shards);
    out.println("solr local: " + nodes + " nodes, collection " + collection + " of " + shards
        + " shards, data in " + dir);
    out.println("  nodes:     " + String.join(" ", cloud.nodeUrls()));
    out.println("  zookeeper: " + cloud.zkHost());
    out.println("  try:       bri index --solr " + cloud.nodeUrls().get(0) + " --collection "
        + collection);
    out.println("solr local: running until Ctrl-C");
    out.flush();
    stopped.await();
    return 0;
  }
}
