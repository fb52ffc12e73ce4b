package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bri index --records}: what it cannot index, it names, and exits 1. */
class IndexRecordsCliTest {
  @TempDir
  Path work;

  @Test
  void namesTheRejectedFilesAndTheLinesThatAreNoRecordsAndExitsOne() throws IOException {
    Path records = Files.createDirectories(work.resolve("records"));
    Files.writeString(records.resolve("part-00000"),
        "{\"rejected\":\"papers/broken.txt\",\"reason\":\"binary\",\"detail\":\"a NUL byte\"}\n"
            + "{\"title\": \"not a record\"}\n");
    Files.writeString(records.resolve("_SUCCESS"), "");

    CliRun run = CliRun.of("index", "--records", records.toString(),
        "--index", work.resolve("index").toString());

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("rejected papers/broken.txt: binary: a NUL byte"), run.err());
    assertTrue(run.err().contains("rejected part-00000:2: not-json: not a paper record: "
        + "'{\"title\": \"not a record\"}'"), run.err());
    assertTrue(run.out().startsWith("index: 0 records from " + records
        + ": 0 added, 0 replaced, 2 rejected"), run.out());
  }

  @Test
  void refusesAFolderThatIsNotThereNamingIt() {
    Path missing = work.resolve("no-records");

    CliRun run = CliRun.of("index", "--records", missing.toString(),
        "--index", work.resolve("index").toString());

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().contains("no folder of records at " + missing), run.err());
  }

  @Test
  void refusesRecordsWithSolrBecauseRecordsGoToTheLocalIndex() throws IOException {
    Path records = Files.createDirectories(work.resolve("records"));

    CliRun run = CliRun.of("index", "--records", records.toString(),
        "--solr", "http://127.0.0.1:1/solr", "--collection", "papers");

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--records indexes into the local index"), run.err());
  }
}
