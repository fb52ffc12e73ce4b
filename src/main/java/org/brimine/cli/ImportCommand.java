package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.brimine.index.IndexedRecord;
import org.brimine.index.RecordWriter;
import org.brimine.ingest.BibRecord;
import org.brimine.ingest.BibRecords;
import org.brimine.ingest.BibTexReader;
import org.brimine.ingest.CnkiEndNoteReader;
import org.brimine.ingest.CnkiRefWorksReader;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.CorpusWriter;
import org.brimine.ingest.ExportFormat;
import org.brimine.ingest.JsonLinesReader;
import org.brimine.ingest.Rejection;
import org.brimine.ingest.RisReader;
import org.brimine.library.ExportLinker;
import org.brimine.library.IndexCounts;
import org.brimine.library.IngestSummary;
import org.brimine.library.Librarian;
import org.brimine.ingest.ScopusCsvReader;
import org.brimine.ingest.WosTabReader;
import org.brimine.ingest.WosTextReader;
import org.brimine.model.Paper;
import org.brimine.model.WorkKeys;
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
  private static final int NAME_WORDS = 8;
  /** Export records from which the linking shows a progress bar. */
  private static final int PROGRESS_FROM = 100;

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
    if (format != null) {
      try {
        ExportFormat.of(format);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--format: " + e.getMessage());
      }
    }
    long started = System.nanoTime();
    CorpusReader reader = new CorpusReader(indexing.limits());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IngestSummary summary = new IngestSummary();
    int records = 0;
    long droppedLines = 0;
    try (RecordWriter writer = RecordWriter.open(locations.lucene())) {
      Librarian librarian = new Librarian(locations.corpus(), reader, writer, summary,
          new IngestPrinter(out, err));
      ExportLinker linker = new ExportLinker(linkerIndex(writer));
      Map<String, Path> exportFiles = new HashMap<>();
      for (Path file : files) {
        String label = file.toString();
        BibRecords read = readOrReject(label,
            () -> read(file, indexing.limits().maxFileBytes(), scraped, format));
        read.problems().forEach(p -> librarian.reject(p.source(), p));
        for (BibRecord record : read.records()) {
          records++;
          droppedLines += record.droppedLines();
          if (record.text().isBlank()) {
            librarian.reject(record.origin(), Rejection.Reason.NO_TEXT.problem(record.origin(),
                record.droppedLines() == 0 ? "the record has no text (no abstract or content)"
                    : "the record has no text left: --scraped dropped all "
                        + lines(record.droppedLines()) + " of its content as page furniture"));
            continue;
          }
          String answer = record.droppedLines() == 0 ? record.origin()
              : record.origin() + " (" + lines(record.droppedLines()) + " of page text dropped)";
          if (record.metadata().exported() != null) {
            // linked and admitted once every export record of the run is known
            exportFiles.put(answer, file);
            linker.paper(record, answer);
            continue;
          }
          String name = preferredName(record);
          Paper paper = new Paper(CorpusWriter.slug(name), record.origin(), record.text(),
              record.metadata(), "");
          librarian.admit(new Librarian.Candidate(answer, name, "txt",
              record.text().getBytes(StandardCharsets.UTF_8), paper,
              file.toAbsolutePath().normalize() + "#" + place(record),
              file.toAbsolutePath().normalize() + "#" + record.origin()));
        }
      }
      List<ExportLinker.Linked> linked = linker.link();
      try (ProgressBar progress = progress("link", linked.size())) {
        for (ExportLinker.Linked paper : linked) {
          admit(librarian, paper, exportFiles.get(paper.label()));
          progress.step();
        }
      }
      if (!exportFiles.isEmpty()) {
        out.println("import: " + linker.referenceCounts());
      }
      indexing.pipeline(locations, reader, out, err)
          .run(locations.corpus(), librarian.queued(), writer, summary, librarian.labels());
    }
    out.println("import: " + records + " records read" + (scraped ? ", " + lines(droppedLines)
        + " of page text dropped" : "") + "; " + summary.line() + "; "
        + IndexCounts.of(locations.library()) + " in " + Timing.seconds(started));
    out.flush();
    err.flush();
    return summary.anyRejected() ? Main.EXIT_FAILURE : 0;
  }

  /**
   * Takes in a paper of an export: merged into the paper already indexed as the same work (its
   * corpus file), else admitted as any record, under the id it was linked to.
   */
  private static void admit(Librarian librarian, ExportLinker.Linked linked, Path file)
      throws IOException {
    BibRecord record = linked.record();
    String origin = file.toAbsolutePath().normalize() + "#" + place(record);
    Librarian.MergeOutcome merge = linked.indexed() == null ? Librarian.MergeOutcome.NOT_A_PAPER
        : librarian.mergeInto(linked.indexed(), record.metadata(), linked.label(), origin);
    for (String duplicate : linked.duplicates()) {
      if (merge == Librarian.MergeOutcome.UNCHANGED) {
        librarian.sameAs(duplicate, linked.id());
      } else {
        librarian.mergedInto(duplicate, linked.id());
      }
    }
    if (merge != Librarian.MergeOutcome.NOT_A_PAPER) {
      return;
    }
    String name = preferredName(record);
    Paper paper = new Paper(CorpusWriter.slug(name), record.origin(), record.text(),
        record.metadata(), "");
    librarian.admit(new Librarian.Candidate(linked.label(), name, "txt",
        record.text().getBytes(StandardCharsets.UTF_8), paper, origin));
  }

  /** Reads a file of records. */
  interface FileRead {
    BibRecords read() throws IOException;
  }

  /**
   * The records of a file, or none and the file's rejection, naming it and the reason, when its
   * reader fails in any way: one bad file never ends the import of the others.
   */
  static BibRecords readOrReject(String label, FileRead read) {
    try {
      return read.read();
    } catch (Rejection e) {
      return new BibRecords(List.of(), List.of(e.problem(label)));
    } catch (CharacterCodingException e) {
      return new BibRecords(List.of(), List.of(Rejection.Reason.UNDECODABLE.problem(label,
          "not valid UTF-8 (" + e + ")")));
    } catch (IOException | RuntimeException e) {
      return new BibRecords(List.of(), List.of(Rejection.Reason.MALFORMED_RECORD.problem(label,
          "the file could not be read: " + e)));
    }
  }

  /** The index as the export linker asks it. */
  static ExportLinker.Index linkerIndex(RecordWriter writer) {
    return new ExportLinker.Index() {
      @Override
      public Optional<IndexedRecord> byKey(String key) throws IOException {
        return writer.findByMatchKey(key);
      }

      @Override
      public Optional<String> doi(String id) throws IOException {
        return writer.doiOf(id);
      }
    };
  }

  /**
   * A progress bar on the terminal for an import of many export records (a WoS export holds 500
   * or 1,000); silent when output is not a terminal or the records are few.
   */
  private static ProgressBar progress(String task, int size) {
    ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setInitialMax(size)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500);
    if (System.console() == null || size < PROGRESS_FROM) {
      // a width given, so that no terminal is queried for one
      builder.setConsumer(new DelegatingProgressBarConsumer(line -> { }, 80));
    }
    return builder.build();
  }

  /**
   * Where a record stands in its file, the same when it is edited or moves to another line: its
   * own key, else its DOI, else its URL, else (a record with none of them) its line.
   */
  static String place(BibRecord record) {
    String doi = WorkKeys.doi(record.metadata().doi());
    String url = record.metadata().url();
    return record.key() != null ? record.key()
        : doi != null && !doi.isBlank() ? "doi " + doi
        : url != null && !url.isBlank() ? "url " + url.strip()
        : record.origin();
  }

  private static String lines(long n) {
    return n + (n == 1 ? " line" : " lines");
  }

  /**
   * Reads a file of records in the format given, else the one its first line shows (see
   * {@link ExportFormat#sniff}), else the one its extension says; JSON Lines as scraped pages
   * when asked.
   */
  private static BibRecords read(Path file, long maxBytes, boolean scraped, String formatName)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new Rejection(Rejection.Reason.NOT_FOUND, "no such file");
    }
    if (Files.size(file) > maxBytes) {
      throw new Rejection(Rejection.Reason.TOO_LARGE, "file is " + Files.size(file)
          + " bytes, over the limit of " + maxBytes + " bytes");
    }
    ExportFormat format = formatName != null ? ExportFormat.of(formatName)
        : ExportFormat.sniff(file);
    if (format == null) {
      String extension = CorpusReader.extension(file.getFileName().toString());
      format = switch (extension) {
        case "jsonl", "ndjson" -> ExportFormat.JSONL;
        case "ris" -> ExportFormat.RIS;
        case "bib", "bibtex" -> ExportFormat.BIBTEX;
        default -> throw new Rejection(Rejection.Reason.UNSUPPORTED_EXTENSION, "unsupported file "
            + "type '." + extension + "' (supported: .jsonl, .ris, .bib, and by their content "
            + "Web of Science, Scopus CSV and CNKI EndNote and RefWorks exports; or --format)");
      };
    }
    return switch (format) {
      case JSONL -> {
        JsonLinesReader.Result r = (scraped ? JsonLinesReader.scraped() : new JsonLinesReader())
            .read(file);
        yield new BibRecords(r.records(), r.problems());
      }
      case RIS -> new RisReader().read(file);
      case BIBTEX -> new BibTexReader().read(file);
      case WOS -> new WosTextReader().read(file);
      case WOS_TAB -> new WosTabReader().read(file);
      case SCOPUS -> new ScopusCsvReader().read(file);
      case CNKI_ENDNOTE -> new CnkiEndNoteReader().read(file);
      case CNKI_REFWORKS -> new CnkiRefWorksReader().read(file);
    };
  }

  /** The name to make a record's slug from: its title, else its URL's last part, else its text. */
  private static String preferredName(BibRecord record) {
    if (record.metadata().title() != null) {
      return record.metadata().title();
    }
    String url = record.metadata().url();
    if (url != null) {
      String[] parts = url.replaceAll("[?#].*$", "").replaceAll("/+$", "").split("/");
      String last = parts[parts.length - 1].replaceAll("\\.[a-z]{2,5}$", "");
      if (last.chars().filter(Character::isLetter).count() >= 8) {
        return last;
      }
    }
    return Arrays.stream(record.text().strip().split("\\s+")).limit(NAME_WORDS)
        .collect(Collectors.joining(" "));
  }
}
