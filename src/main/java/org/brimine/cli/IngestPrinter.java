package org.brimine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.brimine.library.IndexedFile;
import org.brimine.library.IngestListener;
import org.brimine.library.IngestSummary;
import org.brimine.model.Problem;

/**
 * Prints what an ingest run or a librarian tells: a line for each file committed, unchanged or
 * rejected, a warning for each problem found, and a progress bar on the terminal for long runs.
 */
final class IngestPrinter implements IngestListener {
  private final PrintWriter out;
  private final PrintWriter err;
  private ProgressBar progress;

  /**
   * @param out where files committed and unchanged are told
   * @param err where rejections and warnings are told
   */
  IngestPrinter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void started(int files) {
    progress = bar("ingest", files, 5);
  }

  @Override
  public void linking(int records) {
    // a WoS export holds 500 or 1,000 records
    progress = bar("link", records, 100);
  }

  @Override
  public void linkedOne() {
    stepped();
  }

  @Override
  public void linked() {
    finished();
  }

  /** A progress bar on the terminal; silent when output is no terminal or the work is small. */
  private static ProgressBar bar(String task, int size, int from) {
    ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task)
        .setInitialMax(size).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500);
    if (System.console() == null || size < from) {
      // A width given, so that no terminal is queried for one (JLine: tens of milliseconds).
      builder.setConsumer(new DelegatingProgressBarConsumer(line -> { }, 80));
    }
    return builder.build();
  }

  @Override
  public void stepped() {
    if (progress != null) {
      progress.step();
    }
  }

  @Override
  public void finished() {
    if (progress != null) {
      progress.close();
      progress = null;
    }
  }

  @Override
  public void rejected(String label, String reason, String detail) {
    err.println("rejected " + label + ": " + detail);
  }

  @Override
  public void warned(Problem problem) {
    err.println("warning " + problem);
  }

  @Override
  public void unchanged(String label, String id) {
    out.println("unchanged " + label + ": the same content is indexed as " + id);
  }

  @Override
  public void merged(String label, String id) {
    out.println("merged " + label + " into " + id);
  }

  @Override
  public void committed(List<IndexedFile> files) {
    for (IndexedFile f : files) {
      // merged into the record of the same work: "merged scopus.csv line 2 into ID"
      String as = f.outcome() == IngestSummary.Outcome.MERGED ? " into " : " as ";
      out.println(f.outcome().name().toLowerCase(Locale.ROOT) + " " + f.name() + as + f.id()
          + (f.label() != null ? " (" + f.source() + ")" : "")
          + (f.sharedId() == null ? "" : "; " + f.sharedId() + " is the id of " + f.sharedBy()
              + ", of the same title and year"));
    }
    out.flush();
  }
}
