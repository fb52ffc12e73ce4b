package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.brimine.index.RecordWriter;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.ReadResult;
import org.brimine.library.IndexCounts;
import org.brimine.library.IngestSummary;
import org.brimine.library.Librarian;
import org.brimine.model.PaperMetadata;
import org.brimine.ingest.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bri add FILE...}: copies documents into the corpus with their metadata, then annotates
 * and indexes them, answering for each file: added, unchanged, replaced, merged or rejected.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Add documents (.txt, .pdf) to the corpus and the index. Metadata comes from "
        + "the options, else from a FILE's .meta.json sidecar, else from the file itself.")
final class AddCommand implements Callable<Integer> {
  @Mixin
  Locations locations;

  @Mixin
  IndexingOptions indexing;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "the documents to add")
  List<Path> files;

  @Option(names = "--title", description = "the title") String title;
  @Option(names = "--author", paramLabel = "A", description = "an author (repeat for each)")
  List<String> authors;
  @Option(names = "--year", description = "the year of publication") Integer year;
  @Option(names = "--venue", description = "journal, proceedings or publisher") String venue;
  @Option(names = "--doi", description = "the DOI") String doi;
  @Option(names = "--url", description = "a URL of the paper") String url;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    PaperMetadata given = new PaperMetadata(title, authors, year, venue, doi, url, null);
    CorpusReader reader = new CorpusReader(indexing.limits());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary summary = new IngestSummary();
    try (RecordWriter writer = RecordWriter.open(locations.lucene())) {
      Librarian librarian = new Librarian(locations.corpus(), reader, writer, summary,
          new IngestPrinter(out, err));
      for (Path file : files) {
        String label = file.toString();
        if (!Files.isRegularFile(file)) {
          librarian.reject(label, Rejection.Reason.NOT_FOUND.problem(label, "no such file"));
          continue;
        }
        ReadResult read = reader.read(file, label, given);
        if (!read.ok()) {
          librarian.reject(label, read.problem());
          continue;
        }
        String name = file.getFileName().toString();
        String extension = CorpusReader.extension(name);
        byte[] content = extension.equals("pdf") ? Files.readAllBytes(file)
            : read.paper().text().getBytes(StandardCharsets.UTF_8);
        String preferred = read.paper().metadata().title() != null
            ? read.paper().metadata().title() : read.paper().slug();
        librarian.admit(new Librarian.Candidate(label, preferred, extension, content, read.paper(),
            file.toAbsolutePath().normalize().toString()));
      }
      indexing.pipeline(locations, reader, out, err)
          .run(locations.corpus(), librarian.queued(), writer, summary, librarian.labels());
    }
    out.println("add: " + summary.line() + "; " + IndexCounts.of(locations.library()) + " in "
        + Timing.seconds(started));
    out.flush();
    err.flush();
    return summary.anyRejected() ? Main.EXIT_FAILURE : 0;
  }
}
