package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.io.file.PathUtils;

/**
 * A corpus and index built once per test class, copied for each test so that every test starts
 * from the same indexed records; the copy brings the annotation cache along.
 */
final class LibraryFixture {
  static final ObjectMapper JSON = new ObjectMapper();
  final Path corpus;
  final Path index;

  LibraryFixture(Path dir) {
    this.corpus = dir.resolve("corpus");
    this.index = dir.resolve("index");
  }

  /** A copy of this library in {@code dir}. */
  LibraryFixture copyTo(Path dir) {
    try {
      LibraryFixture copy = new LibraryFixture(dir);
      PathUtils.copyDirectory(corpus, copy.corpus);
      PathUtils.copyDirectory(index, copy.index);
      Files.deleteIfExists(copy.index.resolve("lucene/write.lock"));
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a command on this library. */
  CliRun run(String command, String... args) {
    List<String> all = new ArrayList<>(List.of(command, "--corpus", corpus.toString(),
        "--index", index.toString()));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  /** The ids of the records the index holds, sorted, as {@code bri list --json} gives them. */
  List<String> ids(String... filters) {
    List<String> args = new ArrayList<>(List.of("--json"));
    args.addAll(List.of(filters));
    CliRun r = run("list", args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    try {
      List<String> ids = new ArrayList<>();
      for (JsonNode hit : JSON.readTree(r.out())) {
        ids.add(hit.get("id").asText());
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code bri show ID --json}. */
  JsonNode show(String id) {
    CliRun r = run("show", id, "--json");
    assertEquals(0, r.exitCode(), r.err());
    try {
      return JSON.readTree(r.out());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path papers() {
    return corpus.resolve("papers");
  }
}
