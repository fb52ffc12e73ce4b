package org.brimine.library;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
import org.brimine.ingest.ScopusCsvReader;
import org.brimine.ingest.WosTabReader;
import org.brimine.ingest.WosTextReader;
import org.brimine.model.Paper;
import org.brimine.model.WorkKeys;

/**
 * An import of bibliographic files (JSON Lines, RIS, BibTeX, and the database exports of Web of
 * Science, Scopus and CNKI): reads each file, rejects what cannot become a paper, links the
 * export records to the works already known (see {@link ExportLinker}) and hands every paper to
 * the librarian, which queues it for the ingest pipeline. It answers through the librarian's
 * listener and prints nothing.
 */
public final class RecordImport {
  private static final int NAME_WORDS = 8;

  /**
   * What an import is told.
   *
   * @param scraped whether JSON Lines content is text scraped from web pages
   * @param format the files' format, or null to tell it from their content and extension
   * @param maxFileBytes the largest file read
   */
  public record Settings(boolean scraped, ExportFormat format, long maxFileBytes) {}

  /**
   * What an import read.
   *
   * @param records the records read, rejected ones included
   * @param droppedLines the lines of page text that --scraped dropped
   * @param referenceCounts what the linking of cited references found, or null without exports
   */
  public record Outcome(int records, long droppedLines, String referenceCounts) {}

  private final Librarian librarian;
  private final RecordWriter writer;
  private final Settings settings;
  private final IngestListener listener;

  public RecordImport(Librarian librarian, RecordWriter writer, Settings settings,
      IngestListener listener) {
    this.librarian = librarian;
    this.writer = writer;
    this.settings = settings;
    this.listener = listener;
  }

  /** Reads these files and admits their papers to the librarian's queue. */
  public Outcome run(List<Path> files) throws IOException {
    int records = 0;
    long droppedLines = 0;
    ExportLinker linker = new ExportLinker(linkerIndex(writer));
    Map<String, Path> exportFiles = new HashMap<>();
    for (Path file : files) {
      String label = file.toString();
      BibRecords read = readOrReject(label,
          () -> read(file, settings.maxFileBytes(), settings.scraped(), settings.format()));
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
    listener.linking(linked.size());
    try {
      for (ExportLinker.Linked paper : linked) {
        admit(paper, exportFiles.get(paper.label()));
        listener.linkedOne();
      }
    } finally {
      listener.linked();
    }
    return new Outcome(records, droppedLines,
        exportFiles.isEmpty() ? null : linker.referenceCounts());
  }

  /**
   * Takes in a paper of an export: merged into the paper already indexed as the same work (its
   * corpus file), else admitted as any record, under the id it was linked to.
   */
  private void admit(ExportLinker.Linked linked, Path file)
      throws IOException {
    BibRecord record = linked.record();
    String origin = file.toAbsolutePath().normalize() + "#" + place(record);
    Librarian.MergeOutcome merge = linked.indexed() == null ? Librarian.MergeOutcome.NOT_A_PAPER
        : librarian.mergeInto(linked.indexed(), record.metadata(), record.text(), linked.label(),
            origin);
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
  /**
   * The records of a file, or none and the file's rejection, naming it and the reason, when its
   * reader fails in any way: one bad file never ends the import of the others.
   */
  public static BibRecords readOrReject(String label, FileRead read) {
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
  public static ExportLinker.Index linkerIndex(RecordWriter writer) {
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
   * Where a record stands in its file, the same when it is edited or moves to another line: its
   * own key, else its DOI, else its URL, else (a record with none of them) its line.
   */
  public static String place(BibRecord record) {
    String doi = WorkKeys.doi(record.metadata().doi());
    String url = record.metadata().url();
    return record.key() != null ? record.key()
        : doi != null && !doi.isBlank() ? "doi " + doi
        : url != null && !url.isBlank() ? "url " + url.strip()
        : record.origin();
  }
  /**
   * Reads a file of records in the format given, else the one its first line shows (see
   * {@link ExportFormat#sniff}), else the one its extension says; JSON Lines as scraped pages
   * when asked.
   */
  private static BibRecords read(Path file, long maxBytes, boolean scraped, ExportFormat given)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new Rejection(Rejection.Reason.NOT_FOUND, "no such file");
    }
    if (Files.size(file) > maxBytes) {
      throw new Rejection(Rejection.Reason.TOO_LARGE, "file is " + Files.size(file)
          + " bytes, over the limit of " + maxBytes + " bytes");
    }
    ExportFormat format = given != null ? given
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
  /** Reads a file of records. */
  public interface FileRead {
    BibRecords read() throws IOException;
  }

  private static String lines(long n) {
    return n + (n == 1 ? " line" : " lines");
  }
}
