package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.brimine.search.Hit;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bri list}: the records of the index, by id. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the records of the index, sorted by id.")
final class ListCommand implements Callable<Integer> {
  @Mixin
  Locations locations;

  @Option(names = "--kind", paramLabel = "KIND", description = "only paper or reference records")
  String kind;

  @Option(names = "--limit", defaultValue = "1000", description = "the most to list (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (kind != null && !kind.equals("paper") && !kind.equals("reference")) {
      throw new IllegalArgumentException("--kind must be paper or reference, got '" + kind + "'");
    }
    List<Hit> hits;
    try (RecordSearcher searcher = RecordSearcher.open(locations.lucene(), Ranking.DEFAULT)) {
      hits = searcher.lookup().list(kind == null ? null : searcher.parse("kind:" + kind), limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.pretty(hits));
    } else {
      for (Hit hit : hits) {
        out.printf("%-60s %-9s %s%s%n", hit.id(), hit.kind(),
            hit.year() == null ? "" : hit.year() + " ", hit.title());
      }
      out.println("list: " + hits.size() + " records");
    }
    out.flush();
    return 0;
  }
}
