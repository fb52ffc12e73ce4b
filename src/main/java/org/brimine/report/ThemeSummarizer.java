package org.brimine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.brimine.model.Entity;
import org.brimine.model.Keyphrase;
import org.brimine.model.PaperRecord;
import org.brimine.model.ThemeHit;
import org.brimine.model.ThemeScore;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeDefinition;

/**
 * Summarises a theme over a set of papers.
 *
 * <p>Needs: the paper records that match the reviewer's query and years (with their themes,
 * evidence, entities and keyphrases). Gives: a {@link ThemeSummary}.
 */
public final class ThemeSummarizer {
  /** Entity types shown, with the headings a reviewer reads. */
  static final Map<String, String> ENTITY_TYPES = entityTypes();
  private static final int EVIDENCE = 10;
  private static final int EVIDENCE_PER_PAPER = 2;
  private static final int TOP = 10;
  private static final double MMR_LAMBDA = 0.7;

  private final Taxonomy taxonomy;

  public ThemeSummarizer(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  private static Map<String, String> entityTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put("FIN_INSTITUTION", "institutions");
    types.put("REGIONAL_ORG", "regional organisations");
    types.put("COUNTRY", "countries");
    types.put("AGREEMENT", "agreements");
    types.put("CURRENCY", "currencies");
    types.put("PROJECT", "projects");
    types.put("INITIATIVE", "initiatives");
    return types;
  }

  /**
   * Summarises one theme.
   *
   * @throws IllegalArgumentException when the theme is not in the taxonomy
   */
  public ThemeSummary summarize(String themeId, List<PaperRecord> papers, String query,
      String years) {
    ThemeDefinition theme = taxonomy.find(themeId).orElseThrow(() ->
        new IllegalArgumentException("unknown theme '" + themeId + "'; known: "
            + taxonomy.themes().stream().map(ThemeDefinition::id).toList()));
    List<PaperRecord> carrying = new ArrayList<>();
    for (PaperRecord p : papers) {
      if (weight(p, themeId).isPresent()) {
        carrying.add(p);
      }
    }
    carrying.sort(Comparator.comparingDouble((PaperRecord p) -> weight(p, themeId).orElse(0.0))
        .reversed().thenComparing(p -> p.paper().id()));
    return new ThemeSummary(themeId, theme.label(), theme.description(), query, years,
        new ThemeSummary.Overview(carrying.size(), papers.size(),
            papers.isEmpty() ? 0 : (double) carrying.size() / papers.size()),
        rows(carrying, themeId), evidence(carrying, themeId), entities(carrying),
        keyphrases(carrying, theme), trend(carrying, themeId), cooccurrence(carrying, themeId),
        citations(carrying));
  }

  static Optional<Double> weight(PaperRecord p, String theme) {
    return p.themes().stream().filter(t -> t.theme().equals(theme)).map(ThemeScore::weight)
        .findFirst();
  }

  private static List<ThemeSummary.PaperRow> rows(List<PaperRecord> papers, String theme) {
    List<ThemeSummary.PaperRow> rows = new ArrayList<>();
    for (PaperRecord p : papers) {
      List<String> others = p.themes().stream().map(ThemeScore::theme)
          .filter(t -> !t.equals(theme)).limit(3).toList();
      rows.add(new ThemeSummary.PaperRow(p.paper().id(), p.paper().title(),
          p.paper().paper().metadata().year(), p.paper().paper().metadata().venue(),
          weight(p, theme).orElse(0.0), others));
    }
    return rows;
  }

  private static List<ThemeSummary.Evidence> evidence(List<PaperRecord> papers, String theme) {
    List<ThemeSummary.Evidence> candidates = new ArrayList<>();
    for (PaperRecord p : papers) {
      for (ThemeHit hit : p.evidence()) {
        if (hit.theme().equals(theme)) {
          candidates.add(new ThemeSummary.Evidence(p.paper().id(), p.paper().title(),
              hit.text().replaceAll("\\s+", " ").strip(), hit.score(),
              hit.terms().stream().distinct().toList()));
        }
      }
    }
    // At most a few sentences per paper, so that the evidence shows the literature, not one text.
    Map<String, Integer> perPaper = new HashMap<>();
    candidates.sort(Comparator.comparingDouble(ThemeSummary.Evidence::score).reversed());
    candidates.removeIf(ev -> perPaper.merge(ev.paperId(), 1, Integer::sum) > EVIDENCE_PER_PAPER);
    return Mmr.select(candidates, ThemeSummary.Evidence::score, ThemeSummary.Evidence::text,
        EVIDENCE, MMR_LAMBDA);
  }

  private static Map<String, List<ThemeSummary.Count>> entities(List<PaperRecord> papers) {
    Map<String, List<ThemeSummary.Count>> byType = new LinkedHashMap<>();
    for (Map.Entry<String, String> type : ENTITY_TYPES.entrySet()) {
      Map<String, Integer> counts = new HashMap<>();
      for (PaperRecord p : papers) {
        Set<String> seen = new HashSet<>();
        for (Entity e : p.entities()) {
          if (e.type().equals(type.getKey()) && seen.add(e.canonical())) {
            counts.merge(e.canonical(), 1, Integer::sum);
          }
        }
      }
      byType.put(type.getValue(), top(counts));
    }
    return byType;
  }

  private static List<ThemeSummary.PhraseCount> keyphrases(List<PaperRecord> papers,
      ThemeDefinition theme) {
    Set<String> named = new HashSet<>();
    for (List<String> terms : List.of(theme.names(), theme.strong(), theme.weak())) {
      terms.forEach(t -> named.add(normalise(t)));
    }
    Map<String, int[]> counts = new HashMap<>();
    Map<String, String> shown = new HashMap<>();
    for (PaperRecord p : papers) {
      for (Keyphrase k : p.keyphrases()) {
        String key = normalise(k.phrase());
        if (!named.contains(key)) {
          int[] c = counts.computeIfAbsent(key, x -> new int[2]);
          c[0]++;
          c[1] += k.count();
          shown.putIfAbsent(key, k.phrase());
        }
      }
    }
    List<ThemeSummary.PhraseCount> phrases = new ArrayList<>();
    counts.forEach((k, c) -> phrases.add(new ThemeSummary.PhraseCount(shown.get(k), c[0], c[1])));
    phrases.sort(Comparator.comparingInt(ThemeSummary.PhraseCount::papers).reversed()
        .thenComparing(Comparator.comparingInt(ThemeSummary.PhraseCount::occurrences).reversed())
        .thenComparing(ThemeSummary.PhraseCount::phrase));
    return phrases.subList(0, Math.min(TOP * 2, phrases.size()));
  }

  /** Lower case, hyphens as spaces, a plural "s" of the last word dropped. */
  static String normalise(String phrase) {
    String s = phrase.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    return s.endsWith("s") && !s.endsWith("ss") ? s.substring(0, s.length() - 1) : s;
  }

  private static List<ThemeSummary.YearPoint> trend(List<PaperRecord> papers, String theme) {
    Map<Integer, double[]> byYear = new TreeMap<>();
    for (PaperRecord p : papers) {
      Integer year = p.paper().paper().metadata().year();
      if (year != null) {
        double[] s = byYear.computeIfAbsent(year, y -> new double[2]);
        s[0]++;
        s[1] += weight(p, theme).orElse(0.0);
      }
    }
    List<ThemeSummary.YearPoint> points = new ArrayList<>();
    byYear.forEach((y, s) -> points.add(new ThemeSummary.YearPoint(y, (int) s[0], s[1] / s[0])));
    return points;
  }

  private List<ThemeSummary.Count> cooccurrence(List<PaperRecord> papers, String theme) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (ThemeDefinition other : taxonomy.themes()) {
      if (!other.id().equals(theme)) {
        counts.put(other.id(), (int) papers.stream()
            .filter(p -> weight(p, other.id()).isPresent()).count());
      }
    }
    List<ThemeSummary.Count> list = new ArrayList<>();
    counts.forEach((k, v) -> list.add(new ThemeSummary.Count(k, v)));
    list.sort(Comparator.comparingInt(ThemeSummary.Count::count).reversed());
    return list;
  }

  private static List<ThemeSummary.Citation> citations(List<PaperRecord> papers) {
    Set<String> ids = new HashSet<>();
    papers.forEach(p -> ids.add(p.paper().id()));
    List<ThemeSummary.Citation> links = new ArrayList<>();
    for (PaperRecord p : papers) {
      for (String cited : p.paper().citedIds()) {
        if (ids.contains(cited)) {
          links.add(new ThemeSummary.Citation(p.paper().id(), cited));
        }
      }
    }
    return links;
  }

  private static List<ThemeSummary.Count> top(Map<String, Integer> counts) {
    List<ThemeSummary.Count> list = new ArrayList<>();
    counts.forEach((k, v) -> list.add(new ThemeSummary.Count(k, v)));
    list.sort(Comparator.comparingInt(ThemeSummary.Count::count).reversed()
        .thenComparing(ThemeSummary.Count::name));
    return list.subList(0, Math.min(TOP, list.size()));
  }
}
