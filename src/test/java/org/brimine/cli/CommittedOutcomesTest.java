package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.RecordKind;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A paper is reported added (or replaced, or merged) only once the batch that holds it is
 * committed: each such line is checked, the moment it is printed, against what the index on
 * disk holds.
 */
class CommittedOutcomesTest {
  private static final Pattern OUTCOME = Pattern.compile("^(added|replaced|merged) .+? as (\\S+)");

  @TempDir
  Path work;

  @Test
  void reportsEachPaperOnlyOnceItsBatchIsCommitted() throws IOException {
    Path corpus = work.resolve("corpus");
    Path index = work.resolve("index");
    Path papers = Files.createDirectories(corpus.resolve("papers"));
    List<String> files = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      files.add(Files.writeString(work.resolve("port-" + i + ".txt"), "Abstract: Port " + i
          + " on the Maritime Silk Road handled " + (i * 1000) + " containers.\n").toString());
    }
    Path lucene = index.resolve("lucene");
    List<String> early = new ArrayList<>();
    List<String> reported = new ArrayList<>();
    Writer checking = new LineChecker(line -> {
      Matcher m = OUTCOME.matcher(line);
      if (m.find()) {
        reported.add(m.group(2));
        if (!committedPapers(lucene).contains(m.group(2))) {
          early.add(line);
        }
      }
    });
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(checking, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    List<String> args = new ArrayList<>(List.of("add", "--corpus", corpus.toString(), "--index",
        index.toString(), "--batch", "2", "--threads", "1"));
    args.addAll(files);
    assertEquals(0, cl.execute(args.toArray(String[]::new)));
    assertEquals(3, reported.size(), "three papers added: " + reported);
    assertEquals(List.of(), early, "printed before their batch was committed");
    assertEquals(3, Files.list(papers).filter(p -> p.toString().endsWith(".txt")).count());
  }

  /** The ids of the papers of the last commit; none when there is no commit yet. */
  private static List<String> committedPapers(Path lucene) {
    try (RecordSearcher searcher = RecordSearcher.open(lucene, Ranking.DEFAULT)) {
      return searcher.lookup().list(SearchFilters.NONE.withKind(RecordKind.PAPER), 100)
          .stream().map(hit -> hit.id()).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** A writer that hands each complete line to a consumer as it is written. */
  private static final class LineChecker extends Writer {
    private final java.util.function.Consumer<String> onLine;
    private final StringBuilder line = new StringBuilder();

    LineChecker(java.util.function.Consumer<String> onLine) {
      this.onLine = onLine;
    }

    @Override
    public void write(char[] buf, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (buf[i] == '\n') {
          onLine.accept(line.toString().replace("\r", ""));
          line.setLength(0);
        } else {
          line.append(buf[i]);
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
