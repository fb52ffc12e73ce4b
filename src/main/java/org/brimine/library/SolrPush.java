package org.brimine.library;

import java.io.IOException;
import java.util.List;
import org.brimine.index.RecordFields;
import org.brimine.index.Schema;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchRequest;
import org.brimine.search.StoredRecord;
import org.brimine.solr.SolrIndexer;

/**
 * Pushes every record of the local index (papers and references, as stored) into a SolrCloud
 * collection, each as the local index holds it ({@link RecordFields}), with the count of papers
 * that cite it, then commits.
 */
public final class SolrPush {
  private SolrPush() {}

  /**
   * What a push did.
   *
   * @param records how many records were sent
   * @param batches in how many update requests
   * @param retries how many requests were sent again after a failure that passed
   */
  public record Pushed(long records, int batches, int retries) {}

  /** Pushes the records of {@code local} through {@code indexer}, then commits. */
  public static Pushed push(RecordSearcher local, SolrIndexer indexer) throws IOException {
    RecordFields fields = new RecordFields();
    local.export(new SearchRequest("", 0, 0, false), Long.MAX_VALUE, record -> {
      RecordFields.Values values = fieldsOf(fields, record);
      values.fields().put(Schema.CITED_BY, List.of(record.citedBy()));
      indexer.add(values);
    });
    indexer.commit();
    return new Pushed(indexer.sent(), indexer.batches(), indexer.retries());
  }

  private static RecordFields.Values fieldsOf(RecordFields fields, StoredRecord record)
      throws IOException {
    return record.paper() != null ? fields.paper(record.paper())
        : fields.reference(record.id(), record.reference());
  }
}
