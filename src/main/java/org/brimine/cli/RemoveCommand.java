package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.brimine.index.IndexedRecord;
import org.brimine.index.RecordWriter;
import org.brimine.index.Removal;
import org.brimine.ingest.CorpusWriter;
import org.brimine.library.IndexCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bri remove ID}: takes a record out of the index and moves its files to
 * {@code corpus/.trash/}. A paper that others cite stays as a reference record; a reference
 * record that papers cite stays as it is.
 *
 * <p>NOTE: the files move before the index commits, so a run killed in between is finished by
 * running it again (a file already gone is skipped).
 */
@Command(name = "remove", mixinStandardHelpOptions = true,
    description = "Remove a record from the index; its files go to corpus/.trash/.")
final class RemoveCommand implements Callable<Integer> {
  @Mixin
  Locations locations;

  @Parameters(index = "0", paramLabel = "ID", description = "the record id (see bri list)")
  String id;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String trashed = null;
    Removal removal;
    try (RecordWriter writer = RecordWriter.open(locations.lucene())) {
      Optional<IndexedRecord> found = writer.find(id);
      if (found.isPresent() && found.get().source() != null) {
        trashed = locations.corpus().relativize(
            new CorpusWriter(locations.corpus()).trash(found.get().source())).toString();
      }
      removal = writer.remove(id);
      writer.commit();
    }
    String moved = trashed == null ? "" : "; " + removal.source() + " moved to " + trashed;
    switch (removal.outcome()) {
      case NOT_FOUND -> {
        err.println("bri remove: no record with id '" + id + "'");
        return Main.EXIT_FAILURE;
      }
      case KEPT_CITED -> {
        err.println("bri remove: kept " + id + ": it is a reference record that "
            + papers(removal.citedBy()) + " cite; remove those first");
        return Main.EXIT_FAILURE;
      }
      case KEPT_AS_REFERENCE -> out.println("removed paper " + id + moved + "; it stays as a "
          + "reference record, cited by " + papers(removal.citedBy()));
      case REMOVED -> out.println("removed " + id + moved);
      default -> throw new IllegalStateException("unknown outcome " + removal.outcome());
    }
    out.println("remove: 1 record removed; " + IndexCounts.of(locations.library()));
    out.flush();
    return 0;
  }

  private static String papers(int n) {
    return n + (n == 1 ? " paper" : " papers");
  }
}
