package org.brimine.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.io.FileUtils;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.LongAccumulator;
import org.brimine.library.BatchAnalysis;

/**
 * The Spark job of batch annotation: the document files of a corpus folder ({@code --corpus DIR},
 * its {@code papers/} folder) or of a list ({@code --files LIST}, one path or URI a line), on any
 * Hadoop-compatible file system, through parse, annotate and themes, one line of JSON each into
 * {@code --out DIR} (text part files): the paper's record, as the record cache holds it, or the
 * file's rejection, naming it and why. A bad file never fails the job. Each executor builds the
 * stages once ({@link ExecutorStages}).
 *
 * <pre>spark-submit --class org.brimine.spark.AnnotateJob bri-miner.jar --corpus DIR --out DIR
 *     [--partitions N] [--master URL]</pre>
 */
public final class AnnotateJob {
  /** What a run wrote: records and rejected files. */
  public record Written(long records, long rejected) {}

  private static final String USAGE = "usage: AnnotateJob (--corpus DIR | --files LIST) "
      + "--out DIR [--partitions N] [--master URL]";

  private AnnotateJob() {}

  public static void main(String[] args) throws IOException {
    String corpus = null;
    String list = null;
    String out = null;
    String master = null;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--corpus" -> corpus = value;
        case "--files" -> list = value;
        case "--out" -> out = value;
        case "--master" -> master = value;
        case "--partitions" -> partitions = Integer.parseInt(String.valueOf(value));
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'; "
            + USAGE);
      }
      i++;
    }
    if ((corpus == null) == (list == null) || out == null) {
      throw new IllegalArgumentException(USAGE);
    }
    SparkConf conf = new SparkConf().setAppName("bri annotate");
    if (master != null) {
      conf.setMaster(master);
    }
    long started = System.nanoTime();
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      Configuration hadoop = spark.hadoopConfiguration();
      List<String> files = corpus != null ? corpusFiles(corpus, hadoop) : listedFiles(list, hadoop);
      Written written = run(spark, files, out, partitions > 0 ? partitions
          : Math.max(1, Math.min(files.size(), spark.defaultParallelism() * 4)));
      System.out.printf("annotate: %d files: %d records, %d rejected, into %s in %.1f s%n",
          files.size(), written.records(), written.rejected(), out,
          (System.nanoTime() - started) / 1e9);
    }
  }

  /**
   * Annotates the files (URIs or paths) in {@code partitions} tasks, writing their lines to
   * {@code out} (which must not exist), in one Spark job.
   */
  public static Written run(JavaSparkContext spark, List<String> files, String out,
      int partitions) {
    LongAccumulator records = spark.sc().longAccumulator("records");
    LongAccumulator rejected = spark.sc().longAccumulator("rejected");
    spark.parallelize(files, partitions)
        .mapPartitions(uris -> new Lines(uris, records, rejected))
        .saveAsTextFile(out);
    return new Written(records.value(), rejected.value());
  }

  /** The document files of a corpus's papers folder, by name, sidecars and hidden files left. */
  static List<String> corpusFiles(String corpus, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path papers = new org.apache.hadoop.fs.Path(corpus, "papers");
    FileSystem fs = papers.getFileSystem(conf);
    List<String> files = new ArrayList<>();
    FileStatus[] listed = fs.listStatus(papers);
    java.util.Arrays.sort(listed, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus status : listed) {
      String name = status.getPath().getName();
      if (status.isFile() && !name.startsWith(".") && !name.endsWith(".meta.json")) {
        files.add(fs.makeQualified(status.getPath()).toString());
      }
    }
    return files;
  }

  /** The files named in a list, one a line (blank lines and # comments skipped). */
  static List<String> listedFiles(String list, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(list);
    FileSystem fs = path.getFileSystem(conf);
    List<String> files = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(fs.open(path), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String file = line.strip();
        if (!file.isEmpty() && !file.startsWith("#")) {
          org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
          files.add(p.getFileSystem(conf).makeQualified(p).toString());
        }
      }
    }
    return files;
  }

  /**
   * The lines of one partition's files, made one at a time as Spark asks: each file fetched into
   * a local folder of the task, analysed, and its copy deleted.
   */
  private static final class Lines implements Iterator<String> {
    private final Iterator<String> uris;
    private final LongAccumulator records;
    private final LongAccumulator rejected;
    private final BatchAnalysis stages = ExecutorStages.get();
    private final Configuration conf = new Configuration();
    private Path local;

    Lines(Iterator<String> uris, LongAccumulator records, LongAccumulator rejected) {
      this.uris = uris;
      this.records = records;
      this.rejected = rejected;
    }

    @Override
    public boolean hasNext() {
      boolean more = uris.hasNext();
      if (!more && local != null) {
        FileUtils.deleteQuietly(local.toFile());
        local = null;
      }
      return more;
    }

    @Override
    public String next() {
      if (!uris.hasNext()) {
        throw new NoSuchElementException();
      }
      String uri = uris.next();
      String line;
      try {
        if (local == null) {
          local = Files.createTempDirectory("bri-annotate");
        }
        Path copy = FileFetch.fetch(uri, local, conf);
        try {
          line = stages.line(local, copy);
        } finally {
          FileUtils.cleanDirectory(local.toFile());
        }
      } catch (IOException | UncheckedIOException e) {
        line = stages.unfetched(uri, e);
      }
      (line.startsWith("{\"rejected\"") ? rejected : records).add(1);
      return line;
    }
  }
}
