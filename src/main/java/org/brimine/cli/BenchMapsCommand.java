package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brimine.bench.HeapPeak;
import org.brimine.bench.MapBench;
import org.brimine.maps.BurstField;
import org.brimine.maps.MapKind;
import org.brimine.maps.MapSettings;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.themes.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri bench maps}: time of science maps and bursts over every paper of an index, by
 * phase, in one JVM: warm-up runs, then the median of the measured runs, with the CPU time and
 * the load average of the machine before and after.
 */
@Command(name = "maps", mixinStandardHelpOptions = true,
    description = {"Time of science maps (bri map, all papers, no file written) and bursts "
        + "(bri bursts) by phase: read traits, count pairs, cluster, label, silhouette, titles; "
        + "the median of the measured runs after warm-up ones, with CPU time. Build a large "
        + "index first with 'bri bench scale' and pass --index DIR."})
final class BenchMapsCommand implements Callable<Integer> {
  @Mixin
  IndexLocation where = new IndexLocation();

  @Option(names = "--kinds", split = ",", defaultValue = "cocitation",
      description = "map kinds, comma-separated (default: ${DEFAULT-VALUE})")
  List<String> kinds;

  @Option(names = "--fields", split = ",", defaultValue = "keyword",
      description = "burst fields, comma-separated; 'none' for no bursts (default: "
          + "${DEFAULT-VALUE})")
  List<String> fields;

  @Option(names = "--top", defaultValue = "1000",
      description = "nodes of each map (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--runs", defaultValue = "5",
      description = "measured runs of each (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--warmup", defaultValue = "2",
      description = "warm-up runs of each, not measured (default: ${DEFAULT-VALUE})")
  int warmup;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<MapKind> mapKinds = new ArrayList<>();
    List<BurstField> burstFields = new ArrayList<>();
    MapSettings settings;
    try {
      if (runs < 1 || warmup < 0) {
        throw new IllegalArgumentException("--runs must be 1 or more and --warmup 0 or more, "
            + "got --runs " + runs + " --warmup " + warmup);
      }
      kinds.stream().filter(k -> !k.equals("none")).forEach(k -> mapKinds.add(MapKind.of(k)));
      fields.stream().filter(f -> !f.equals("none"))
          .forEach(f -> burstFields.add(BurstField.of(f)));
      settings = new MapSettings(top, 1, false, MapSettings.SEED);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    List<MapBench.Run> medians = new ArrayList<>();
    HeapPeak.reset();
    try (RecordSearcher searcher = RecordSearcher.open(where.lucene(), Ranking.DEFAULT,
        Taxonomy.load().ids())) {
      MapBench bench = new MapBench(searcher.paperTraits());
      for (MapKind kind : mapKinds) {
        List<MapBench.Run> measured = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
          MapBench.Run run = bench.map(kind, settings);
          if (i >= warmup) {
            measured.add(run);
          }
        }
        medians.add(MapBench.median(measured));
      }
      for (BurstField field : burstFields) {
        List<MapBench.Run> measured = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
          MapBench.Run run = bench.bursts(field);
          if (i >= warmup) {
            measured.add(run);
          }
        }
        medians.add(MapBench.median(measured));
      }
    }
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    out.printf(Locale.ROOT, "# Maps benchmark%n%nIndex: %s; top %,d nodes; median of %d runs "
        + "after %d warm-up runs, in ms; load average %.1f before, %.1f after, on %d "
        + "processors; heap limit %,d MiB, peak in use %,d MiB.%n%n", where.lucene(), top, runs,
        warmup, loadBefore, loadAfter, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, HeapPeak.mib());
    out.println("| what | phases (ms) | total (ms) | CPU (ms) | result |");
    out.println("| --- | --- | ---: | ---: | --- |");
    for (MapBench.Run run : medians) {
      StringBuilder phases = new StringBuilder();
      run.millis().forEach((phase, ms) -> {
        if (!phase.equals("total")) {
          phases.append(phases.isEmpty() ? "" : ", ")
              .append(String.format(Locale.ROOT, "%s %.0f", phase, ms));
        }
      });
      out.printf(Locale.ROOT, "| %s | %s | %.0f | %.0f | %s |%n", run.what(), phases,
          run.millis().get("total"), run.cpuMillis(), run.size());
    }
    out.flush();
    return 0;
  }
}
