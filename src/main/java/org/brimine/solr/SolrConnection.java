package org.brimine.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;

/**
 * A client of one SolrCloud collection. {@code where} is the base URL of one or more nodes,
 * comma-separated ({@code http://127.0.0.1:8983/solr}), or ZooKeeper's address ({@code
 * 127.0.0.1:2181} or {@code host:2181/solr}, with a chroot). Either way the client learns which
 * node leads which shard and sends each update to its leader, and a query to any live replica.
 */
final class SolrConnection {
  private SolrConnection() {}

  static CloudSolrClient open(String where, String collection) {
    if (where == null || where.isBlank()) {
      throw new IllegalArgumentException("no Solr address: give a node's URL such as "
          + "http://127.0.0.1:8983/solr or ZooKeeper's host:port, got '" + where + "'");
    }
    if (collection == null || !collection.matches("[A-Za-z0-9_.\\-]+")) {
      throw new IllegalArgumentException("a collection name is letters, digits, '_', '-' and "
          + "'.', got '" + collection + "'");
    }
    List<String> parts = Arrays.stream(where.split(",")).map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
    CloudHttp2SolrClient.Builder builder;
    if (parts.stream().allMatch(p -> p.startsWith("http://") || p.startsWith("https://"))) {
      builder = new CloudHttp2SolrClient.Builder(parts);
    } else if (parts.stream().noneMatch(p -> p.contains("://"))) {
      int slash = where.indexOf('/');
      List<String> hosts = Arrays.stream((slash < 0 ? where : where.substring(0, slash))
          .split(",")).map(String::strip).toList();
      Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(where.substring(slash));
      builder = new CloudHttp2SolrClient.Builder(hosts, chroot);
    } else {
      throw new IllegalArgumentException("a Solr address is http(s) node URLs or ZooKeeper's "
          + "host:port, not both, got '" + where + "'");
    }
    return builder.withDefaultCollection(collection).build();
  }
}
