package org.brimine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.brimine.library.SummaryQuery;
import org.brimine.report.CorpusSummary;
import org.brimine.report.HtmlRenderer;
import org.brimine.report.MarkdownRenderer;
import org.brimine.report.ThemeSummarizer;
import org.brimine.report.ThemeSummary;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;
import org.brimine.themes.Taxonomy;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bri summarize}: a reviewer's summary of a theme, or of the five lines. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
    description = "Summarise a theme (--theme ID) or the five connectivity lines (--corpus) "
        + "as Markdown, HTML with charts, or JSON.")
final class SummarizeCommand implements Callable<Integer> {
  @Mixin
  IndexLocation index;

  static final class Scope {
    @Option(names = "--theme", paramLabel = "ID", required = true,
        description = "the theme, such as financial-integration")
    String theme;

    @Option(names = "--corpus", required = true, description = "the five lines side by side")
    boolean corpus;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Scope scope;

  @Option(names = "--format", defaultValue = "md", description = "md, html or json (default: md)")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE (charts of md beside"
      + " it) instead of standard output")
  Path out;

  @Option(names = "--query", paramLabel = "Q", description = "only papers matching Q")
  String query;

  @Option(names = "--years", paramLabel = "A-B", description = "only papers of these years")
  String years;

  @Option(names = "--link-base", defaultValue = "http://127.0.0.1:8080/papers/",
      description = "URL that paper ids are appended to (default: ${DEFAULT-VALUE})")
  String linkBase;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    if (!List.of("md", "html", "json").contains(format)) {
      throw new UsageException("--format must be md, html or json, got '" + format + "'");
    }
    Taxonomy taxonomy = Taxonomy.load();
    if (scope.theme != null && taxonomy.find(scope.theme).isEmpty()) {
      throw new UsageException("--theme: unknown theme '" + scope.theme + "'; known: "
          + taxonomy.themes().stream().map(t -> t.id()).toList());
    }
    SearchFilters filters;
    try {
      filters = SummaryQuery.of(years);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Object summary;
    String what;
    try (RecordSearcher searcher = RecordSearcher.open(index.lucene(), Ranking.DEFAULT,
        taxonomy.ids())) {
      ThemeSummarizer summarizer = new ThemeSummarizer(taxonomy, searcher);
      if (scope.corpus) {
        summary = summarizer.corpus(query, filters, years);
        what = "the five connectivity lines";
      } else {
        ThemeSummary s = summarizer.summarize(scope.theme, query, filters, years);
        summary = s;
        what = scope.theme + " (" + s.overview().papers() + " of "
            + s.overview().corpusPapers() + " papers)";
      }
    }
    String text = render(summary);
    if (out == null) {
      spec.commandLine().getOut().print(text);
    } else {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().println("summarize: " + what + " as " + format
        + (out == null ? "" : " to " + out) + " in " + Timing.seconds(started));
    return 0;
  }

  private String render(Object summary) throws IOException {
    return switch (format) {
      case "json" -> Json.pretty(summary) + "\n";
      case "html" -> summary instanceof CorpusSummary c ? new HtmlRenderer(linkBase).render(c)
          : new HtmlRenderer(linkBase).render((ThemeSummary) summary);
      default -> {
        Path dir = out == null ? Path.of(".") : out.toAbsolutePath().getParent();
        String prefix = out == null ? "summary" : out.getFileName().toString()
            .replaceFirst("\\.[^.]*$", "");
        MarkdownRenderer md = new MarkdownRenderer(dir, prefix, linkBase);
        yield summary instanceof CorpusSummary c ? md.render(c) : md.render((ThemeSummary) summary);
      }
    };
  }
}
