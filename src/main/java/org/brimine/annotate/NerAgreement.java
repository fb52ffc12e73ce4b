package org.brimine.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.brimine.model.AnnotatedText;
import org.brimine.model.EntityMention;
import org.brimine.model.EntityType;

/**
 * Measures how many of a reference pipeline's PERSON, ORGANIZATION and LOCATION mentions the
 * product's pipeline also finds, and what the product finds that the reference misses.
 *
 * <p>A reference mention is found when a product mention overlaps it with the same coarse type
 * (a FIN_INSTITUTION, REGIONAL_ORG or PUBLICATION counts as ORGANIZATION, a COUNTRY as LOCATION); it is
 * found with a domain type when the overlapping product mention is an INITIATIVE, AGREEMENT,
 * PROJECT or CURRENCY ("Belt and Road Initiative" as an ORGANIZATION of the default pipeline).
 */
public final class NerAgreement {
  private static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

  private final Map<String, int[]> byType = new LinkedHashMap<>();
  private final Map<String, Integer> extraByType = new TreeMap<>();
  private final Map<String, Integer> extraExamples = new TreeMap<>();
  private final Map<String, Integer> missedExamples = new TreeMap<>();

  public NerAgreement() {
    TYPES.forEach(t -> byType.put(t, new int[3]));
  }

  /** Adds one text, annotated by both pipelines. */
  public synchronized void add(AnnotatedText product, AnnotatedText reference) {
    for (EntityMention ref : reference.mentions()) {
      int[] counts = byType.get(coarse(ref.type()));
      if (counts == null) {
        continue;
      }
      counts[0]++;
      EntityMention match = overlapping(ref, product.mentions());
      if (match != null && coarse(match.type()).equals(coarse(ref.type()))) {
        counts[1]++;
      } else if (match != null && !TYPES.contains(coarse(match.type()))) {
        counts[2]++;
      } else {
        missedExamples.merge(ref.type() + " " + flat(ref.text()), 1, Integer::sum);
      }
    }
    for (EntityMention m : product.mentions()) {
      if (overlapping(m, reference.mentions()) == null) {
        extraByType.merge(m.type(), 1, Integer::sum);
        extraExamples.merge(m.type() + " " + flat(m.text()), 1, Integer::sum);
      }
    }
  }

  /** Share of the reference's mentions found with the same type or a domain type. */
  public synchronized double recall() {
    int total = 0;
    int found = 0;
    for (int[] c : byType.values()) {
      total += c[0];
      found += c[1] + c[2];
    }
    return total == 0 ? 1.0 : (double) found / total;
  }

  /** A Markdown report: per type, then the product's additions and misses, most frequent first. */
  public synchronized String report(int examples) {
    StringBuilder s = new StringBuilder();
    s.append("| type | reference mentions | found, same type | found, domain type | recall |\n");
    s.append("| --- | ---: | ---: | ---: | ---: |\n");
    int[] all = new int[3];
    for (Map.Entry<String, int[]> e : byType.entrySet()) {
      int[] c = e.getValue();
      row(s, e.getKey(), c);
      for (int i = 0; i < 3; i++) {
        all[i] += c[i];
      }
    }
    row(s, "all", all);
    s.append("\nFound by the product, not by the reference: ").append(extraByType).append('\n');
    s.append("Most frequent additions: ").append(top(extraExamples, examples)).append('\n');
    s.append("Most frequent misses: ").append(top(missedExamples, examples)).append('\n');
    return s.toString();
  }

  private static void row(StringBuilder s, String type, int[] c) {
    s.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f%% |%n", type, c[0], c[1],
        c[2], c[0] == 0 ? 100.0 : 100.0 * (c[1] + c[2]) / c[0]));
  }

  private static List<String> top(Map<String, Integer> counts, int n) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    return entries.stream().limit(n).map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
  }

  private static EntityMention overlapping(EntityMention m, List<EntityMention> others) {
    for (EntityMention o : others) {
      if (m.start() < o.end() && o.start() < m.end()) {
        return o;
      }
    }
    return null;
  }

  static String coarse(String type) {
    return switch (type) {
      // CoreNLP's fine-grained places, which no entity of ours carries
      case "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
      default -> EntityType.coarse(type);
    };
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
