package org.brimine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.TextAnnotator;
import org.brimine.ingest.NumberedLines;
import org.brimine.model.AnnotatedText;
import org.brimine.model.ThemeHit;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeDefinition;
import org.brimine.themes.ThemeEvaluation;
import org.brimine.themes.ThemeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bri eval themes GOLD}: tags each gold item's text with the product's pipeline and
 * prints precision, recall and F1 per connectivity line, and their macro average.
 */
@Command(name = "themes", mixinStandardHelpOptions = true,
    description = "Evaluate theme tagging on a gold JSON Lines file: {\"text\", \"labels\"} per "
        + "line (lines with \"_comment\" are skipped).")
final class EvalThemesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "GOLD", description = "the gold file")
  Path gold;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Option(names = "--errors", description = "print the items the tagger got wrong")
  boolean errors;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    Taxonomy taxonomy = Taxonomy.load();
    List<String> lines = taxonomy.connectivity().stream().map(ThemeDefinition::id).toList();
    ThemeTagger tagger = new ThemeTagger(taxonomy);
    TextAnnotator annotator = TextAnnotator.load(NerMode.PRODUCT);
    ThemeEvaluation evaluation = new ThemeEvaluation(lines);
    PrintWriter out = spec.commandLine().getOut();
    NumberedLines.read(gold, (number, line) -> {
      JsonNode item = parse(line, number);
      if (item.has("_comment")) {
        return;
      }
      Set<String> labels = new HashSet<>();
      item.withArray("labels").forEach(l -> labels.add(l.asText()));
      AnnotatedText text = annotator.annotate(item.path("text").asText());
      Set<String> predicted = new HashSet<>();
      for (ThemeHit hit : tagger.tag(text)) {
        predicted.add(hit.theme());
      }
      predicted.retainAll(lines);
      evaluation.add(labels, predicted);
      if (errors && !predicted.equals(labels)) {
        out.println("gold " + sorted(labels) + " predicted " + sorted(predicted) + ": "
            + item.path("text").asText());
      }
    });
    if (json) {
      out.println(Json.pretty(EvalJson.Themes.of(evaluation)));
    } else {
      out.println("| theme | precision | recall | F1 | TP | FP | FN |");
      out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (ThemeEvaluation.ThemeFigures f : evaluation.figures()) {
        out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n", f.theme(),
            f.precision(), f.recall(), f.f1(), f.truePositives(), f.falsePositives(),
            f.falseNegatives());
      }
      out.printf(Locale.ROOT, "eval themes: %d items, macro-F1 %.3f, micro-F1 %.3f in %s%n",
          evaluation.items(), evaluation.macroF1(), evaluation.microF1(), Timing.seconds(started));
    }
    out.flush();
    return 0;
  }

  private static JsonNode parse(String line, int number) {
    try {
      return Json.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("gold line " + number + " is not JSON: "
          + e.getMessage(), e);
    }
  }

  private static List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }
}
