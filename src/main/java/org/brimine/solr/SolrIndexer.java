package org.brimine.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.brimine.index.RecordFields;
import org.brimine.index.Schema;

/**
 * Pushes records into a SolrCloud collection in batches. A record's id is the collection's
 * unique key, so sending a record again replaces it: a batch that failed half-way is sent whole
 * again, and a push run twice leaves one copy of each record.
 *
 * <p>A batch that fails for a reason that may pass (a node down or restarting, a shard without
 * a leader, a time-out: an I/O error or a 5xx answer) is retried after a pause that doubles each
 * time; a batch Solr refuses as bad (a 4xx answer) is not, and the error names its first id.
 */
public final class SolrIndexer implements Closeable {
  private final CloudSolrClient client;
  private final String collection;
  private final SolrSettings settings;
  private final List<SolrInputDocument> batch = new ArrayList<>();
  private long sent;
  private int batches;
  private int retries;

  /** An indexer of a collection at {@code where} ({@link SolrConnection} says what it may be). */
  public SolrIndexer(String where, String collection, SolrSettings settings) {
    this.client = SolrConnection.open(where, collection);
    this.collection = collection;
    this.settings = settings;
  }

  /** How many shards the collection has, as the cluster state says. */
  public int shards() throws IOException {
    org.apache.solr.common.cloud.DocCollection state;
    try {
      state = client.getClusterStateProvider().getCollection(collection);
    } catch (SolrException e) {
      throw new IOException("cannot read the shards of collection " + collection + ": "
          + e.getMessage(), e);
    }
    if (state == null) {
      throw new IOException("no collection " + collection + " in the cluster");
    }
    return state.getSlices().size();
  }

  /**
   * Adds a record; its facet values go to the doc-values fields the facets are counted on
   * ({@link SolrFields#facetField}), its theme features to the theme rank fields ({@link
   * SolrFields#themeRank}).
   */
  public void add(RecordFields.Values record) throws IOException {
    List<Object> id = record.fields().get(Schema.ID);
    if (id == null || id.size() != 1) {
      throw new IllegalArgumentException("a record needs one id, got " + id);
    }
    SolrInputDocument doc = new SolrInputDocument();
    record.fields().forEach((name, values) -> values.forEach(v -> doc.addField(name, v)));
    record.facets().forEach((dim, values) -> {
      String field = SolrFields.facetField(dim);
      if (!field.equals(dim)) {
        values.forEach(v -> doc.addField(field, v));
      }
    });
    record.themeFeatures().forEach((theme, value) ->
        doc.addField(SolrFields.themeRank(theme), value));
    batch.add(doc);
    if (batch.size() >= settings.batchSize()) {
      flush();
    }
  }

  /** Removes the record with this id (nothing if there is none). */
  public void delete(String id) throws IOException {
    flush();
    retrying("delete " + id, () -> client.deleteById(id));
  }

  /** Removes every record of the collection, as the first step of pushing an index anew. */
  public void deleteAll() throws IOException {
    batch.clear();
    retrying("delete all", () -> client.deleteByQuery("*:*"));
  }

  /** Sends the records added since the last batch. */
  public void flush() throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    List<SolrInputDocument> docs = List.copyOf(batch);
    retrying("batch from id " + docs.get(0).getFieldValue(Schema.ID), () -> client.add(docs));
    batch.clear();
    sent += docs.size();
    batches++;
  }

  /** Sends what is left, then commits: the records become searchable and durable. */
  public void commit() throws IOException {
    flush();
    retrying("commit", () -> client.commit(true, true));
  }

  /** How many records were sent. */
  public long sent() {
    return sent;
  }

  /** How many batches were sent. */
  public int batches() {
    return batches;
  }

  /** How many times a request was sent again after a failure that may pass. */
  public int retries() {
    return retries;
  }

  private interface Request {
    void send() throws SolrServerException, IOException;
  }

  private void retrying(String what, Request request) throws IOException {
    long pause = settings.firstPause().toMillis();
    for (int attempt = 0; ; attempt++) {
      try {
        request.send();
        return;
      } catch (SolrServerException | IOException | SolrException e) {
        if (!passing(e) || attempt >= settings.retries()) {
          throw new IOException("Solr refused " + what + (attempt > 0 ? " after " + attempt
              + " retries" : "") + ": " + e.getMessage(), e);
        }
      }
      retries++;
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting to send " + what + " again", e);
      }
      pause = Math.min(pause * 2, settings.maxPause().toMillis());
    }
  }

  /** Whether a failure may pass if the request is sent again: not a request Solr calls bad. */
  private static boolean passing(Exception e) {
    if (e instanceof BaseHttpSolrClient.RemoteSolrException remote) {
      return remote.code() >= 500;
    }
    if (e instanceof SolrException solr) {
      return solr.code() >= 500 || solr.code() <= 0;
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
