package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.brimine.index.RecordWriter;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.ExportFormat;
import org.brimine.library.IndexCounts;
import org.brimine.library.IngestSummary;
import org.brimine.library.Librarian;
import org.brimine.library.RecordImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bri import FILE...}: turns bibliographic records (JSON Lines, RIS, BibTeX) into papers
 * with the text they have (abstract or content), then annotates and indexes them, answering for
 * each record as {@code bri add} does for each file.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import bibliographic records as papers: JSON Lines (.jsonl), RIS (.ris) or "
        + "BibTeX (.bib). A record needs an abstract or content to become a paper; its text is "
        + "kept as given (whitespace normalised) unless --scraped says it is a web page. A bad "
        + "record is rejected with its line and the rest of the file is imported.")
final class ImportCommand implements Callable<Integer> {

  @Mixin
  Locations locations;

  @Mixin
  IndexingOptions indexing;

  @Option(names = "--scraped", description = "the JSON Lines content is text scraped from web "
      + "pages: decode HTML entities, strip news agency credits at line ends, and drop the lines "
      + "that are not prose (menus, bylines, links: lines under six words or without "
      + "a sentence end), counting them per record and for the run")
  boolean scraped;

  @Option(names = "--format", paramLabel = "FORMAT", description = "the files' format, when "
      + "it must not be told from their content and extension: jsonl, ris, bibtex, wos, wos-tab, "
      + "scopus, endnote (CNKI), refworks (CNKI)")
  String format;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the files of records")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ExportFormat given = null;
    if (format != null) {
      try {
        given = ExportFormat.of(format);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--format: " + e.getMessage());
      }
    }
    long started = System.nanoTime();
    CorpusReader reader = new CorpusReader(indexing.limits());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary summary = new IngestSummary();
    RecordImport.Outcome read;
    try (RecordWriter writer = RecordWriter.open(locations.lucene())) {
      IngestPrinter printer = new IngestPrinter(out, err);
      Librarian librarian = new Librarian(locations.corpus(), reader, writer, summary, printer);
      read = new RecordImport(librarian, writer, new RecordImport.Settings(scraped, given,
          indexing.limits().maxFileBytes()), printer).run(files);
      if (read.referenceCounts() != null) {
        out.println("import: " + read.referenceCounts());
      }
      indexing.pipeline(locations, reader, out, err)
          .run(locations.corpus(), librarian.queued(), writer, summary, librarian.labels(),
              librarian.merges());
    }
    out.println("import: " + read.records() + " records read" + (scraped ? ", "
        + lines(read.droppedLines())
        + " of page text dropped" : "") + "; " + summary.line() + "; "
        + IndexCounts.of(locations.library()) + " in " + Timing.seconds(started));
    out.flush();
    err.flush();
    return summary.anyRejected() ? Main.EXIT_FAILURE : 0;
  }

  private static String lines(long n) {
    return n + (n == 1 ? " line" : " lines");
  }
}
