package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brimine.library.SummaryQuery;
import org.brimine.maps.BurstField;
import org.brimine.maps.BurstReport;
import org.brimine.maps.Bursts;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;
import org.brimine.search.TraitTable;
import org.brimine.themes.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bri bursts}: the terms used at an unusual rate for a few years (Kleinberg). */
@Command(name = "bursts", mixinStandardHelpOptions = true,
    description = "Find bursts over years (Kleinberg's two-state automaton) of keywords, "
        + "entities, themes or cited references in the papers a query finds.")
final class BurstsCommand implements Callable<Integer> {
  @Mixin
  IndexLocation index;

  @Option(names = "--field", required = true, description = "keyword, entity, theme or reference")
  String field;

  @Option(names = "--query", paramLabel = "Q", description = "only papers matching Q")
  String query;

  @Option(names = "--years", paramLabel = "A-B", description = "only papers of these years")
  String years;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      description = "print the N strongest bursts, 0 for all (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    BurstField burstField;
    SearchFilters scope;
    try {
      burstField = BurstField.of(field);
      scope = SummaryQuery.of(years);
      if (limit < 0) {
        throw new IllegalArgumentException("--limit must be 0 or more, got " + limit);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    TraitTable traits;
    try (RecordSearcher searcher = RecordSearcher.open(index.lucene(), Ranking.DEFAULT,
        Taxonomy.load().ids())) {
      traits = searcher.paperTraits().table(query, scope, burstField.traits());
    }
    String read = Timing.seconds(started);
    BurstReport all = new Bursts().find(burstField, traits);
    BurstReport report = limit == 0 || all.bursts().size() <= limit ? all
        : new BurstReport(all.field(), all.bursts().subList(0, limit));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.pretty(report));
    } else {
      out.printf(Locale.ROOT, "%-40s %5s %5s %9s%n", "term", "start", "end", "strength");
      for (BurstReport.Burst b : report.bursts()) {
        out.printf(Locale.ROOT, "%-40s %5d %5d %9.2f%n", b.term(), b.start(), b.end(),
            b.strength());
      }
    }
    out.flush();
    spec.commandLine().getErr().printf(Locale.ROOT, "bursts: %d of %d bursts of %s in %d papers"
        + " in %s (papers read in %s)%n", report.bursts().size(), all.bursts().size(),
        burstField.label(), traits.size(), Timing.seconds(started), read);
    return 0;
  }
}
