package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brimine.library.SolrPush;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.solr.SolrIndexer;
import org.brimine.solr.SolrSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri index --solr URL --collection NAME}: the local index's records into SolrCloud; and
 * {@code bri index --records DIR}: records made elsewhere into the local index
 * ({@link IndexRecords}).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Push every record of the local index into a SolrCloud collection made with "
        + "the configset of `bri solr configset`, in batches, retrying what may pass (a node "
        + "restarting). The paper id is the unique key: pushing again replaces, never "
        + "duplicates.",
        "With --records DIR instead: index the paper records of a folder of JSON lines (the "
        + "output of the Spark job org.brimine.spark.AnnotateJob) into the local index, with "
        + "the ids `bri ingest` gives."})
final class IndexCommand implements Callable<Integer> {
  @Mixin
  Locations locations;

  @Option(names = "--records", paramLabel = "DIR",
      description = "index the record lines in DIR (Spark's part files) into the local index")
  Path records;

  @Option(names = "--solr", paramLabel = "URL",
      description = "a Solr node's URL (http://127.0.0.1:8983/solr; several comma-separated) or "
          + "ZooKeeper's host:port")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "the collection")
  String collection;

  @Option(names = "--batch", defaultValue = "500", paramLabel = "N",
      description = "records per update request (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--fresh", description = "delete every record of the collection first "
      + "(records removed from the local index then go from Solr too)")
  boolean fresh;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (records != null) {
      if (solr != null || collection != null) {
        throw new UsageException("--records indexes into the local index; push to Solr after, "
            + "with --solr URL --collection NAME alone");
      }
      return IndexRecords.index(locations, records, spec);
    }
    if (solr == null || collection == null) {
      throw new UsageException("give --solr URL --collection NAME, or --records DIR");
    }
    long started = System.nanoTime();
    SolrSettings settings;
    try {
      settings = SolrSettings.DEFAULT.withBatchSize(batch);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    SolrPush.Pushed pushed;
    try (SolrIndexer indexer = newIndexer(settings);
        RecordSearcher local = RecordSearcher.open(locations.lucene(), Ranking.DEFAULT)) {
      if (fresh) {
        indexer.deleteAll();
      }
      pushed = SolrPush.push(local, indexer);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("index: " + pushed.records() + " records pushed to collection " + collection
        + " at " + solr + " in " + pushed.batches() + " batches, " + pushed.retries()
        + " retries, " + Timing.seconds(started));
    out.flush();
    return 0;
  }

  private SolrIndexer newIndexer(SolrSettings settings) {
    try {
      return new SolrIndexer(solr, collection, settings);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
