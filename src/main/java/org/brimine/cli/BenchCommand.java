package org.brimine.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bri bench}: the benchmarks of whole runs; each prints a Markdown report. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmarks of whole runs, each printing a Markdown report:",
        "  ingest  ingest throughput on the real news articles (product vs CoreNLP defaults)",
        "  annotate  one long text (the news articles repeated) at several sizes: time, heap",
        "  annotate-zh  Chinese annotation: CoreNLP's default Chinese pipeline vs the product's",
        "  scale   build a SYNTHETIC corpus and index of N papers (for speed only)",
        "  search  search latency p50/p99 over a fixed query set, product vs bare Lucene",
        "  serve   web server latency while slow clients hold half a request each",
        "  summary time of a theme summary and the five-lines summary over every paper",
        "  maps    time of science maps and bursts over every paper, by phase",
        "  solr    push an index into SolrCloud (timed), then agreement and latency of both"},
    subcommands = {BenchIngestCommand.class, BenchAnnotateCommand.class, BenchAnnotateZhCommand.class,
        BenchScaleCommand.class, BenchImportCommand.class,
        BenchSearchCommand.class, BenchServeCommand.class, BenchSummaryCommand.class,
        BenchMapsCommand.class, BenchSolrCommand.class,
        CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing benchmark: ingest, annotate, annotate-zh, scale, search, serve, summary, maps or solr");
  }
}
