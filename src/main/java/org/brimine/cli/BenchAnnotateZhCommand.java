package org.brimine.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.TextAnnotator;
import org.brimine.bench.ZhBenchRun;
import org.brimine.ingest.BibRecord;
import org.brimine.ingest.JsonLinesReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri bench annotate-zh}: CoreNLP's default Chinese pipeline (its properties file as
 * shipped: segment, ssplit, pos, lemma, ner, parse, coref) against the product's Chinese
 * pipeline, on the same Chinese news articles in one run, each in a JVM of its own (so that its
 * load time and peak heap are its own) on one thread: load time, characters and tokens per
 * second, peak heap, and PERSON/ORGANIZATION/LOCATION F1 on the zh-dev gold paragraphs.
 *
 * <p>The default pipeline needs the whole models-chinese jar (the build unpacks only the
 * product's files): it is read from the local Maven repository.
 */
@Command(name = "annotate-zh", mixinStandardHelpOptions = true,
    description = "Benchmark Chinese annotation: CoreNLP's default Chinese pipeline vs the "
        + "product's, each in its own JVM, on the same articles.")
final class BenchAnnotateZhCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "FILE",
      defaultValue = "../shared/data/bri-news-zh-dev/articles.jsonl",
      description = "JSON Lines articles (default: ${DEFAULT-VALUE})")
  Path articles;

  @Option(names = "--limit", defaultValue = "30",
      description = "the first N articles (the default pipeline parses and resolves coreference:"
          + " slow); 0 for all (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--gold", paramLabel = "FILE",
      defaultValue = "src/test/resources/gold/entities-zh-dev.jsonl",
      description = "gold entity paragraphs for the F1 (default: ${DEFAULT-VALUE})")
  Path gold;

  @Option(names = "--models-jar", paramLabel = "JAR", description = "CoreNLP's models-chinese "
      + "jar (default: in ~/.m2)")
  Path modelsJar;

  @Option(names = "--heap", defaultValue = "6g",
      description = "-Xmx of each JVM (default: ${DEFAULT-VALUE})")
  String heap;

  @Option(names = "--runs", split = ",",
      defaultValue = "default,default:annotators=tokenize+ssplit+pos+lemma+ner,product,product@2",
      description = "what to run, in order: default, product, or either with "
          + ":annotators=A+B+C, :segmenter=MODEL or :ner=MODEL; @N annotates on N threads, as "
          + "ingest does (default: ${DEFAULT-VALUE})")
  List<String> runs;

  @Option(names = "--child", hidden = true)
  String child;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<String> texts = texts();
    if (child != null) {
      String[] atThreads = child.split("@", 2);
      ZhBenchRun.Result r = ZhBenchRun.run(() -> pipeline(atThreads[0]), texts, gold,
          atThreads.length == 2 ? Integer.parseInt(atThreads[1]) : 1);
      System.out.println("RESULT " + Json.MAPPER.writeValueAsString(r));
      return 0;
    }
    PrintWriter out = spec.commandLine().getOut();
    long chars = texts.stream().mapToLong(String::length).sum();
    out.printf(Locale.ROOT, "## Chinese annotation benchmark (%s)%n%n",
        java.time.LocalDate.now());
    out.printf(Locale.ROOT, "%d articles of %s (%,d characters), one thread (@N: N threads), each pipeline in "
        + "its own JVM with -Xmx%s; %d cores; load average at start %.1f. F1: PERSON, "
        + "ORGANIZATION, LOCATION mentions (exact span) on the %s paragraphs.%n%n",
        texts.size(), articles, chars, heap, Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            .getSystemLoadAverage(), gold);
    out.println("| pipeline | load (s) | annotate (s) | chars/s | tokens/s | peak heap (MiB) "
        + "| P | R | F1 |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    out.flush();
    List<ZhBenchRun.Result> results = new ArrayList<>();
    for (String run : runs) {
      ZhBenchRun.Result r = spawn(run);
      results.add(r);
      out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %,.0f | %,.0f | %,d | %.3f | %.3f | %.3f |%n",
          run, r.load(), r.work(), r.chars() / r.work(), r.tokens() / r.work(), r.heapMib(),
          r.precision(), r.recall(), r.f1());
      out.flush();
    }
    if (runs.contains("default")) {
      ZhBenchRun.Result d = results.get(runs.indexOf("default"));
      out.println();
      for (int i = 0; i < runs.size(); i++) {
        if (runs.get(i).matches("product(@\\d+)?")) {
          ZhBenchRun.Result p = results.get(i);
          out.printf(Locale.ROOT, "%s / default: %.1fx the characters per second (annotation), "
              + "%.1fx (load + annotation); load %.1fx faster.%n", runs.get(i),
              d.work() / p.work(), (d.load() + d.work()) / (p.load() + p.work()),
              d.load() / p.load());
        }
      }
    }
    out.printf(Locale.ROOT, "Load average at the end: %.1f.%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.flush();
    return 0;
  }

  private static TextAnnotator pipeline(String run) {
    String[] parts = run.split(":", 2);
    NerMode mode = switch (parts[0]) {
      case "default" -> NerMode.DEFAULT;
      case "product" -> NerMode.PRODUCT;
      default -> throw new UsageException("a run is default or product, got '" + run + "'");
    };
    return parts.length == 1 ? TextAnnotator.loadChinese(mode)
        : TextAnnotator.loadChinese(mode, parts[1]);
  }

  /** Runs one pipeline in a JVM of its own and reads its result line. */
  private ZhBenchRun.Result spawn(String run) throws IOException, InterruptedException {
    Path jar = modelsJar != null ? modelsJar : Path.of(System.getProperty("user.home"),
        ".m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/"
            + "stanford-corenlp-4.5.10-models-chinese.jar");
    if ((run.startsWith("default") || run.contains(":")) && !Files.isRegularFile(jar)) {
      throw new UsageException("CoreNLP's default Chinese pipeline needs the models-chinese jar,"
          + " not found at " + jar + " (--models-jar)");
    }
    // the default pipeline and the variants (another segmenter) need files that the build does
    // not unpack; the product's run has only the unpacked ones, as the product does
    String classpath = System.getProperty("java.class.path")
        + (run.startsWith("default") || run.contains(":") ? java.io.File.pathSeparator + jar : "");
    Path log = Files.createTempFile("bri-bench-zh", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
        "-Dbri.home=" + System.getProperty("bri.home", "."), "-cp", classpath,
        Main.class.getName(), "bench", "annotate-zh", "--child", run,
        "--articles", articles.toString(), "--limit", String.valueOf(limit),
        "--gold", gold.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    int code = process.waitFor();
    try (BufferedReader lines = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("RESULT ")) {
          Files.delete(log);
          return Json.MAPPER.readValue(line.substring(7), ZhBenchRun.Result.class);
        }
      }
    }
    throw new IllegalStateException("run '" + run + "' exited with " + code
        + " without a result; its output is in " + log);
  }

  private List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (BibRecord r : new JsonLinesReader().read(articles).records()) {
      if (limit > 0 && texts.size() == limit) {
        break;
      }
      texts.add(r.text());
    }
    if (texts.isEmpty()) {
      throw new UsageException("no article texts in " + articles);
    }
    return texts;
  }
}
