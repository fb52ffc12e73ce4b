package org.brimine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.maps.BurstField;
import org.brimine.maps.BurstReport;
import org.brimine.maps.Bursts;
import org.brimine.maps.MapBuilder;
import org.brimine.maps.MapKind;
import org.brimine.maps.MapSettings;
import org.brimine.maps.ScienceMap;
import org.brimine.search.PaperTraitsReader;
import org.brimine.search.SearchFilters;
import org.brimine.search.TraitTable;

/**
 * Runs the science maps and burst searches of {@code bri map} and {@code bri bursts} over every
 * paper of an index (no file written), timing each phase: reading the papers' traits, counting
 * pairs, clustering (with modularity), labelling, the silhouette and the nodes' titles; for
 * bursts, reading and detecting. Each run also gives the CPU time of the thread that ran it.
 */
public final class MapBench {
  /**
   * One timed run.
   *
   * @param what the map kind or the burst field
   * @param millis each phase's wall time in ms, in order, then "total"
   * @param cpuMillis the CPU time of the run's thread, in ms
   * @param size what came out: nodes, links and clusters of a map, or bursts
   */
  public record Run(String what, Map<String, Double> millis, double cpuMillis, String size) {}

  private final PaperTraitsReader reader;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  /** @param reader reads the papers of the index measured */
  public MapBench(PaperTraitsReader reader) {
    this.reader = reader;
  }

  /** One run of a map of this kind over all papers. */
  public Run map(MapKind kind, MapSettings settings) throws IOException {
    Map<String, Double> millis = new LinkedHashMap<>();
    long cpu = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    TraitTable papers = reader.table(null, SearchFilters.NONE, kind.traits());
    millis.put("read", (System.nanoTime() - t0) / 1e6);
    ScienceMap map = new MapBuilder(reader::titles, (phase, nanos) -> millis.put(phase,
        nanos / 1e6)).build(kind, papers, settings);
    millis.put("total", (System.nanoTime() - t0) / 1e6);
    return new Run(kind.label(), millis, (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
        String.format(java.util.Locale.ROOT, "%,d papers, %,d nodes, %,d links, %d clusters",
            papers.size(), map.nodes().size(), map.edges().size(), map.clusters().size()));
  }

  /** One run of the bursts of this field over all papers. */
  public Run bursts(BurstField field) throws IOException {
    Map<String, Double> millis = new LinkedHashMap<>();
    long cpu = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    TraitTable papers = reader.table(null, SearchFilters.NONE, field.traits());
    long t1 = System.nanoTime();
    millis.put("read", (t1 - t0) / 1e6);
    BurstReport report = new Bursts().find(field, papers);
    long t2 = System.nanoTime();
    millis.put("detect", (t2 - t1) / 1e6);
    millis.put("total", (t2 - t0) / 1e6);
    return new Run("bursts of " + field.label(), millis,
        (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
        String.format(java.util.Locale.ROOT, "%,d papers, %,d bursts", papers.size(),
            report.bursts().size()));
  }

  /**
   * The median of each phase and of the CPU time over runs (the upper middle one of an even
   * number).
   */
  public static Run median(List<Run> runs) {
    Map<String, Double> millis = new LinkedHashMap<>();
    for (String phase : runs.get(0).millis().keySet()) {
      millis.put(phase, middle(runs.stream().map(r -> r.millis().get(phase)).toList()));
    }
    return new Run(runs.get(0).what(), millis,
        middle(runs.stream().map(Run::cpuMillis).toList()), runs.get(0).size());
  }

  private static double middle(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }
}
