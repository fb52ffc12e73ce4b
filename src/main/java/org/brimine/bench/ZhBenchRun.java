package org.brimine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.brimine.annotate.TextAnnotator;
import org.brimine.model.AnnotatedText;
import org.brimine.model.EntityMention;

/** One pipeline's run of {@code bri bench annotate-zh}, in the JVM it has to itself. */
public final class ZhBenchRun {
  /** What one run measured. */
  public record Result(double load, double work, long chars, long tokens, long heapMib,
      double precision, double recall, double f1) {}

  private ZhBenchRun() {}

  public static Result run(java.util.function.Supplier<TextAnnotator> loader, List<String> texts,
      Path gold, int threads) throws IOException {
    System.gc();
    HeapPeak.reset();
    long t0 = System.nanoTime();
    TextAnnotator annotator = loader.get();
    double load = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    long chars = 0;
    long tokens = 0;
    if (threads <= 1) {
      for (String text : texts) {
        tokens += tokens(annotator.annotate(text));
        chars += text.length();
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Long>> counts = new ArrayList<>();
        for (String text : texts) {
          counts.add(pool.submit(() -> tokens(annotator.annotate(text))));
          chars += text.length();
        }
        for (Future<Long> count : counts) {
          tokens += count.get();
        }
      } catch (InterruptedException | ExecutionException e) {
        throw new IllegalStateException("annotation failed", e);
      } finally {
        pool.shutdown();
      }
    }
    double work = (System.nanoTime() - t1) / 1e9;
    long heap = HeapPeak.mib();
    long found = 0;
    long expected = 0;
    long right = 0;
    for (JsonNode p : goldParagraphs(gold)) {
      String text = p.get("text").asText();
      Set<String> want = new HashSet<>();
      for (JsonNode e : p.get("entities")) {
        String type = coarse(e.get("type").asText());
        if (type != null) {
          want.add(type + " " + chars(text, e.get("start").asInt()) + " "
              + chars(text, e.get("end").asInt()));
        }
      }
      Set<String> got = new HashSet<>();
      AnnotatedText annotated = annotator.annotate(text);
      for (EntityMention m : annotated.mentions()) {
        String type = coarse(m.type());
        if (type != null) {
          got.add(type + " " + m.start() + " " + m.end());
        }
      }
      expected += want.size();
      found += got.size();
      got.retainAll(want);
      right += got.size();
    }
    double precision = found == 0 ? 0 : (double) right / found;
    double recall = expected == 0 ? 0 : (double) right / expected;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Result(load, work, chars, tokens, heap, precision, recall, f1);
  }

  /** The gold file's paragraphs (its lines with a {@code text}), as JSON. */
  public static List<JsonNode> goldParagraphs(Path gold) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> paragraphs = new ArrayList<>();
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      JsonNode node = json.readTree(line);
      if (node.has("text")) {
        paragraphs.add(node);
      }
    }
    return paragraphs;
  }

  /** The tokens of an annotated text. */
  public static long tokens(AnnotatedText text) {
    return text.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
  }

  /** The gold's code-point offset as a char offset. */
  private static int chars(String text, int codePoints) {
    return text.offsetByCodePoints(0, codePoints);
  }

  /** The three statistical types; the gazetteer's domain types counted as what they are. */
  private static String coarse(String type) {
    return switch (type) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION", "FIN_INSTITUTION", "REGIONAL_ORG" -> "ORGANIZATION";
      case "LOCATION", "COUNTRY", "GPE", "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
      default -> null;
    };
  }
}
