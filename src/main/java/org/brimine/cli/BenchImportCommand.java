package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.io.file.PathUtils;
import org.brimine.library.ExportLinker;
import org.brimine.library.RecordImport;
import org.brimine.bench.WosExportGenerator;
import org.brimine.index.RecordWriter;
import org.brimine.ingest.BibRecord;
import org.brimine.ingest.BibRecords;
import org.brimine.ingest.WosTextReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri bench import}: a synthetic Web of Science export (see {@link WosExportGenerator})
 * read, its papers and cited references linked (the de-duplication's cost), and a part of it
 * imported end to end, then imported again (every record and reference matched against the
 * index). Prints a Markdown report: wall time and the process's CPU time of each step.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Benchmark importing a generated Web of Science export: reading, linking "
        + "papers and cited references, and a full import of its first records.")
final class BenchImportCommand implements Callable<Integer> {
  @Option(names = "--records", defaultValue = "10000",
      description = "records in the generated export (default: ${DEFAULT-VALUE})")
  int records;

  @Option(names = "--references", defaultValue = "40",
      description = "cited references per record, about (default: ${DEFAULT-VALUE})")
  int references;

  @Option(names = "--full", defaultValue = "200",
      description = "records imported end to end, annotation included (default: "
          + "${DEFAULT-VALUE}; 0 for none)")
  int full;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path work = Files.createTempDirectory("bri-bench-import");
    try {
      Path export = work.resolve("savedrecs.txt");
      long t0 = System.nanoTime();
      new WosExportGenerator(16, records * 4).write(export, records, references);
      double generate = seconds(t0);

      long t1 = System.nanoTime();
      long c1 = cpuNanos();
      BibRecords read = new WosTextReader().read(export);
      double reading = seconds(t1);
      double readingCpu = cpuSeconds(c1);
      long cited = read.records().stream()
          .mapToLong(r -> r.metadata().exported().references().size()).sum();

      double linking;
      double linkingCpu;
      String counts;
      String summaries = "";
      try (RecordWriter empty = RecordWriter.open(work.resolve("empty/lucene"))) {
        long t2 = System.nanoTime();
        long c2 = cpuNanos();
        ExportLinker linker = new ExportLinker(RecordImport.linkerIndex(empty));
        for (BibRecord r : read.records()) {
          linker.paper(r, r.origin());
        }
        List<ExportLinker.Linked> linked = linker.link();
        linking = seconds(t2);
        linkingCpu = cpuSeconds(c2);
        counts = linked.size() + " papers; " + linker.referenceCounts();
      }

      out.printf(Locale.ROOT, "## Import benchmark (%s)%n%n", java.time.LocalDate.now());
      out.printf(Locale.ROOT, "Generated WoS export: %,d records, %,d cited references (%.1f a "
          + "record), %,d bytes, in %.1f s; %d cores; max heap %d MiB.%n%n", records, cited,
          (double) cited / records, Files.size(export), generate,
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
      out.println("| step | records | time (s) | process CPU (s) | records/s | µs per cited "
          + "reference |");
      out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
      row(out, "read (WoS plain text)", records, reading, readingCpu, cited);
      row(out, "link papers and cited references (empty index)", records, linking, linkingCpu,
          cited);
      if (full > 0) {
        Path part = work.resolve("part.txt");
        new WosExportGenerator(16, records * 4).write(part, Math.min(full, records), references);
        Path corpus = Files.createDirectories(work.resolve("corpus/papers")).getParent();
        String[] args = {"import", "--corpus", corpus.toString(), "--index",
            work.resolve("index").toString(), part.toString()};
        long partCited = new WosTextReader().read(part).records().stream()
            .mapToLong(r -> r.metadata().exported().references().size()).sum();
        int n = Math.min(full, records);
        long t3 = System.nanoTime();
        long c3 = cpuNanos();
        String first = run(args);
        row(out, "import end to end (annotation included), first time", n, seconds(t3),
            cpuSeconds(c3), partCited);
        long t4 = System.nanoTime();
        long c4 = cpuNanos();
        String again = run(args);
        row(out, "import the same file again (all matched in the index, unchanged)", n,
            seconds(t4), cpuSeconds(c4), partCited);
        summaries = "\n\nFirst import: `" + first + "`\n\nSecond import: `" + again + "`";
      }
      out.println();
      out.println("Linking: " + counts + "." + summaries);
      out.flush();
      return 0;
    } finally {
      PathUtils.deleteDirectory(work);
    }
  }

  /** Runs a command in this JVM; returns the last line it printed (its summary). */
  private static String run(String[] args) {
    CommandLine cl = Main.commandLine();
    StringWriter printed = new StringWriter();
    StringWriter errors = new StringWriter();
    cl.setOut(new PrintWriter(printed));
    cl.setErr(new PrintWriter(errors));
    int code = cl.execute(args);
    if (code != 0) {
      throw new IllegalStateException("the benchmark's import failed with exit code " + code
          + ": " + errors);
    }
    String[] lines = printed.toString().strip().split("\\R");
    return lines[lines.length - 1];
  }

  private static void row(PrintWriter out, String step, int n, double seconds, double cpu,
      long cited) {
    out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %,.0f | %.1f |%n", step, n, seconds, cpu,
        n / seconds, seconds * 1e6 / cited);
  }

  /**
   * The CPU time of this process so far (all its threads, the JIT compiler's and the garbage
   * collector's too), in nanoseconds: on a shared machine a steadier figure than the wall time.
   */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double cpuSeconds(long start) {
    return (cpuNanos() - start) / 1e9;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
