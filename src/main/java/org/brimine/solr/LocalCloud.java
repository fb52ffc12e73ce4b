package org.brimine.solr;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud on this machine: an embedded ZooKeeper and {@code nodes} Solr nodes, each in
 * Solr's own Jetty runner, all in this JVM, with the configset of {@link Configset} uploaded as
 * {@link #CONFIG}. For trying the Solr backend and for tests; a production cluster runs Solr's
 * own distribution.
 */
public final class LocalCloud implements Closeable {
  /** The name the configset is uploaded under. */
  public static final String CONFIG = "bri";
  /** How long to wait for nodes and collections to come up, in seconds. */
  private static final int WAIT_SECONDS = 60;

  private final MiniSolrCloudCluster cluster;
  /** The nodes stopped by {@link #stopNode}, by index, to start again. */
  private final java.util.Map<Integer, JettySolrRunner> stopped = new java.util.HashMap<>();

  private LocalCloud(MiniSolrCloudCluster cluster) {
    this.cluster = cluster;
  }

  /**
   * Starts ZooKeeper and the nodes, their data under {@code dir}, and uploads the configset.
   *
   * @throws IOException when a node cannot start
   */
  public static LocalCloud start(Path dir, int nodes, Configset configset) throws IOException {
    if (nodes < 1 || nodes > 8) {
      throw new IllegalArgumentException("nodes must be 1 to 8, got " + nodes);
    }
    Files.createDirectories(dir);
    Path conf = dir.resolve("configset").resolve("conf");
    configset.write(conf);
    try {
      return new LocalCloud(new MiniSolrCloudCluster.Builder(nodes, dir.resolve("cloud"))
          .addConfig(CONFIG, conf)
          .withMetrics(false)
          .build());
    } catch (IOException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting SolrCloud in " + dir, e);
    } catch (Exception e) {
      throw new IOException("cannot start SolrCloud in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Creates a collection of {@code shards} shards, one replica each, and waits until it is up. */
  public void createCollection(String name, int shards) throws IOException {
    if (shards < 1 || shards > 64) {
      throw new IllegalArgumentException("shards must be 1 to 64, got " + shards);
    }
    try {
      CollectionAdminRequest.createCollection(name, CONFIG, shards, 1)
          .process(cluster.getSolrClient());
    } catch (SolrServerException e) {
      throw new IOException("cannot create collection " + name + ": " + e.getMessage(), e);
    }
    cluster.waitForActiveCollection(name, WAIT_SECONDS, TimeUnit.SECONDS, shards, shards);
  }

  /** The nodes' base URLs, such as {@code http://127.0.0.1:41234/solr}. */
  public List<String> nodeUrls() {
    return cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString()).toList();
  }

  /** ZooKeeper's address, {@code 127.0.0.1:PORT/solr}. */
  public String zkHost() {
    return cluster.getZkServer().getZkAddress();
  }

  /** Stops node {@code i} (0-based): its shards have no leader until it starts again. */
  public void stopNode(int i) throws IOException {
    try {
      JettySolrRunner node = cluster.getJettySolrRunner(i);
      cluster.stopJettySolrRunner(node);
      cluster.waitForJettyToStop(node);
      stopped.put(i, node);
    } catch (Exception e) {
      throw new IOException("cannot stop node " + i + ": " + e.getMessage(), e);
    }
  }

  /** Starts node {@code i} again, on its old port and data, and waits until it is live. */
  public void restartNode(int i) throws IOException {
    try {
      JettySolrRunner node = stopped.remove(i);
      if (node == null) {
        throw new IllegalArgumentException("node " + i + " was not stopped");
      }
      cluster.startJettySolrRunner(node, true);
      cluster.waitForNode(node, WAIT_SECONDS);
    } catch (Exception e) {
      throw new IOException("cannot restart node " + i + ": " + e.getMessage(), e);
    }
  }

  /** Waits until every shard of the collection has an active leader again. */
  public void waitForCollection(String name, int shards) {
    cluster.waitForActiveCollection(name, WAIT_SECONDS, TimeUnit.SECONDS, shards, shards);
  }

  @Override
  public void close() throws IOException {
    try {
      cluster.shutdown();
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("cannot stop SolrCloud: " + e.getMessage(), e);
    }
  }
}
