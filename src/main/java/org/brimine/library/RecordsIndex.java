package org.brimine.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.brimine.annotate.PaperVectors;
import org.brimine.index.RecordWriter;
import org.brimine.index.WriteOutcome;
import org.brimine.ingest.Rejection;
import org.brimine.model.PaperRecord;
import org.brimine.model.Problem;

/**
 * Indexes paper records made elsewhere, such as by the Spark job: the lines of
 * {@link RecordLines} in the files of a folder (Spark's part files; names starting with "_" or
 * "." are left), in the order of the files' names and of their lines. Each record gets its id as
 * {@code bri ingest} gives it ({@link PaperIds}), so the records of a whole corpus written in its
 * file order get the ids an ingest gives. The records carry no fingerprint of the program that
 * made them, so a later {@code bri ingest} computes them again.
 */
public final class RecordsIndex {
  /** What was indexed: records added and replaced, and the files or lines rejected. */
  public record Indexed(int added, int replaced, List<Problem> rejected) {
    public Indexed {
      rejected = List.copyOf(rejected);
    }
  }

  private static final int BATCH = 500;
  private final RecordLines lines = new RecordLines();
  private final PaperVectors vectors;

  /**
   * @param vectors gives the papers their dense vectors, as ingest does (the record lines carry
   *     none), or null for none
   */
  public RecordsIndex(PaperVectors vectors) {
    this.vectors = vectors;
  }

  /** Writes the records of the folder {@code records} with {@code writer}, committing. */
  public Indexed index(Path records, RecordWriter writer) throws IOException {
    if (!Files.isDirectory(records)) {
      throw new IOException("no folder of records at " + records);
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(records)) {
      files = listed.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("_")
              && !f.getFileName().toString().startsWith("."))
          .sorted().toList();
    }
    PaperIds ids = new PaperIds(writer.indexed().idsBySource());
    List<Problem> rejected = new ArrayList<>();
    int added = 0;
    int replaced = 0;
    int batch = 0;
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file)) {
        int number = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
          number++;
          if (text.isBlank()) {
            continue;
          }
          RecordLines.Line line;
          try {
            line = lines.read(text);
          } catch (IllegalArgumentException e) {
            rejected.add(Rejection.Reason.NOT_JSON.problem(
                file.getFileName() + ":" + number, e.getMessage()));
            continue;
          }
          if (line.rejected() != null) {
            rejected.add(line.rejected());
            continue;
          }
          PaperRecord record = line.record();
          String id = ids.assign(record.paper().paper());
          PaperRecord named = PaperIds.withId(record, id);
          WriteOutcome outcome = writer.write(writer.prepare(named, Optional.empty(),
              vectors == null ? Optional.empty() : vectors.of(named.paper())));
          if (outcome == WriteOutcome.ADDED) {
            added++;
          } else {
            replaced++;
          }
          if (++batch >= BATCH) {
            writer.commit();
            batch = 0;
          }
        }
      }
    }
    writer.commit();
    return new Indexed(added, replaced, rejected);
  }
}
