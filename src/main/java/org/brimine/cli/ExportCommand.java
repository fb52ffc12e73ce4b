package org.brimine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brimine.export.ExportFormat;
import org.brimine.library.Exporter;
import org.brimine.model.RecordKind;
import org.brimine.search.RecordSearcher;
import org.brimine.search.Ranking;
import org.brimine.search.SearchFilters;
import org.brimine.search.SearchRequest;
import org.brimine.search.SortOrder;
import org.brimine.themes.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bri export QUERY --format ris --out FILE}: the matches of a search as a bibliography,
 * written record by record as the search reads them.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export the matches of a search (up to all of them) as BibTeX, RIS, CSV or "
        + "CSL-JSON, in the search's order. 'bri import' reads the BibTeX and RIS back; Zotero, "
        + "EndNote and Mendeley import RIS.")
final class ExportCommand implements Callable<Integer> {
  @Mixin
  Locations locations;

  @Parameters(index = "0", paramLabel = "QUERY", description = "the query; '*:*' for every "
      + "record")
  String query;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "bibtex, ris, csv or csljson")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to "
      + "write; '-' for standard output")
  Path out;

  @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER",
      description = "relevance (default), newest, oldest or cited")
  String sort;

  @Option(names = "--kind", paramLabel = "KIND", description = "paper or reference records "
      + "only")
  String kind;

  @Option(names = "--limit", paramLabel = "N", description = "the most records to export "
      + "(default: all)")
  Long limit;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    ExportFormat exportFormat;
    SearchRequest request;
    try {
      exportFormat = ExportFormat.named(format);
      SearchFilters filters = SearchFilters.NONE.withKind(kind == null ? null
          : RecordKind.valueOf(kind(kind)));
      request = new SearchRequest(query, 0, 0, false, filters, SortOrder.named(sort));
      if (limit != null && limit < 1) {
        throw new IllegalArgumentException("--limit must be 1 or more, got " + limit);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    long n;
    try (RecordSearcher searcher = RecordSearcher.open(locations.lucene(), Ranking.DEFAULT,
        Taxonomy.load().ids())) {
      searcher.check(query);
      boolean stdout = out.toString().equals("-");
      Writer writer = stdout ? new BufferedWriter(new OutputStreamWriter(System.out,
          StandardCharsets.UTF_8)) : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
      try {
        n = Exporter.export(searcher, request, limit == null ? Long.MAX_VALUE : limit,
            exportFormat, writer);
      } finally {
        if (!stdout) {
          writer.close();
        }
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("export: " + n + " records for '" + query + "' as " + exportFormat.label()
        + " to " + out + " in " + Timing.seconds(started));
    err.flush();
    return 0;
  }

  private static String kind(String kind) {
    if (!kind.equals("paper") && !kind.equals("reference")) {
      throw new IllegalArgumentException("--kind must be paper or reference, got '" + kind + "'");
    }
    return kind.toUpperCase(Locale.ROOT);
  }
}
