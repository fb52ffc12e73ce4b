package org.brimine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.TextAnnotator;
import org.brimine.eval.EntityEvaluation;
import org.brimine.eval.EntityEvaluation.Counts;
import org.brimine.eval.EntityEvaluation.Found;
import org.brimine.ingest.NumberedLines;
import org.brimine.model.EntityMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bri eval entities GOLD}: annotates each gold item's text with the product's pipeline
 * and compares its entities, (canonical, type) per item, with the gold's; prints micro
 * precision, recall and F1 overall and per type, types ignored, and over mention spans.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "Evaluate entities on a gold JSON Lines file: {\"text\", \"entities\": "
        + "[{\"start\", \"end\", \"type\", \"canonical\"}]} per line (lines with \"_comment\" "
        + "are skipped; offsets in code points).")
final class EvalEntitiesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "GOLD", description = "the gold file")
  Path gold;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Option(names = "--errors", description = "print each item's missed and extra entities")
  boolean errors;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    TextAnnotator annotator = TextAnnotator.load(NerMode.PRODUCT);
    EntityEvaluation evaluation = new EntityEvaluation();
    PrintWriter out = spec.commandLine().getOut();
    NumberedLines.read(gold, (number, line) -> {
      JsonNode item = parse(line, number);
      if (item.has("_comment")) {
        return;
      }
      String text = item.path("text").asText();
      Set<Found> goldEntities = new HashSet<>();
      Set<Found> goldSpans = new HashSet<>();
      for (JsonNode e : item.withArray("entities")) {
        String type = e.path("type").asText();
        goldEntities.add(Found.entity(e.path("canonical").asText(), type));
        goldSpans.add(Found.span(e.path("start").asInt(), e.path("end").asInt(), type));
      }
      Set<Found> entities = new HashSet<>();
      Set<Found> spans = new HashSet<>();
      for (EntityMention m : annotator.annotate(text).mentions()) {
        entities.add(Found.entity(m.canonical(), m.type()));
        spans.add(Found.span(text.codePointCount(0, m.start()), text.codePointCount(0, m.end()),
            m.type()));
      }
      evaluation.add(goldEntities, entities, goldSpans, spans);
      if (errors && !goldEntities.equals(entities)) {
        out.println(item.path("id").asText() + " missed " + minus(goldEntities, entities)
            + " extra " + minus(entities, goldEntities));
      }
    });
    if (json) {
      out.println(Json.pretty(EvalJson.Entities.of(evaluation)));
    } else {
      out.println("| type | precision | recall | F1 | TP | FP | FN |");
      out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (String type : evaluation.types()) {
        row(out, type, evaluation.byType().get(type));
      }
      row(out, "**all (canonical, type)**", evaluation.overall());
      row(out, "canonical only", evaluation.canonicalOnly());
      row(out, "mention spans", evaluation.spans());
      out.printf(Locale.ROOT, "eval entities: %d items, micro-F1 %.3f (P %.3f R %.3f),"
          + " canonical only %.3f, spans %.3f in %s%n", evaluation.items(),
          evaluation.overall().f1(), evaluation.overall().precision(),
          evaluation.overall().recall(), evaluation.canonicalOnly().f1(),
          evaluation.spans().f1(), Timing.seconds(started));
    }
    out.flush();
    return 0;
  }

  private static void row(PrintWriter out, String name, Counts c) {
    out.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n", name, c.precision(),
        c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
  }

  private static String minus(Set<Found> a, Set<Found> b) {
    return a.stream().filter(f -> !b.contains(f)).map(f -> f.canonical() + "/" + f.type())
        .sorted().toList().toString();
  }

  private static JsonNode parse(String line, int number) {
    try {
      return Json.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new IllegalArgumentException("gold line " + number + " is not JSON: "
          + e.getMessage(), e);
    }
  }
}
