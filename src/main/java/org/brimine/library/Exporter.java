package org.brimine.library;

import java.io.IOException;
import java.io.Writer;
import org.brimine.export.Citation;
import org.brimine.export.CitationWriter;
import org.brimine.export.ExportFormat;
import org.brimine.model.RecordKind;
import org.brimine.search.RecordDetails;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchRequest;
import org.brimine.search.StoredRecord;

/**
 * Exports the matches of a search in a bibliographic format, each record written as the search
 * reads it: what {@code bri export} and {@code /api/export} run.
 */
public final class Exporter {
  private Exporter() {}

  /**
   * Writes up to {@code max} matches of {@code request} (in its order; its page aside) to
   * {@code out} and ends the file; the stream stays open.
   *
   * @return how many records were written
   * @throws org.brimine.search.QuerySyntaxException when the query cannot be parsed
   */
  public static long export(RecordSearcher searcher, SearchRequest request, long max,
      ExportFormat format, Writer out) throws IOException {
    CitationWriter writer = format.open(out);
    long n = searcher.export(request, max, record -> writer.write(citation(record)));
    writer.finish();
    return n;
  }

  /** The bibliographic fields of a record as {@code bri show} reads it. */
  public static Citation citation(RecordDetails details) {
    int citedBy = details.citedBy().size();
    return details.kind() == RecordKind.PAPER ? Citation.of(details.paper(), citedBy)
        : Citation.of(details.id(), details.reference(), citedBy);
  }

  /** The bibliographic fields of a record. */
  public static Citation citation(StoredRecord record) {
    return record.kind() == RecordKind.PAPER ? Citation.of(record.paper(), record.citedBy())
        : Citation.of(record.id(), record.reference(), record.citedBy());
  }
}
