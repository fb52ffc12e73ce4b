package org.brimine.report;

import java.io.IOException;
import java.io.InterruptedIOException;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.brimine.model.EntityType;
import org.brimine.model.PaperRecord;
import org.brimine.model.ThemeHit;
import org.brimine.model.ThemeScore;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;
import org.brimine.search.TraitTable;
import org.brimine.search.ThemeStatistics;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeDefinition;

/**
 * Summarises a theme over the papers that match a reviewer's query and years.
 *
 * <p>Needs: the index, through {@link RecordSearcher#themeStatistics()}: the counts (papers, years
 * and weights, co-occurring themes and entities, keyphrases, citation links) come from the index
 * over every paper that carries the theme; the records of only the {@link #PAPERS} papers that
 * carry it most are read, for the paper list and the evidence; and the traits (years, keyphrases)
 * of every paper of the theme, for its keyword map and bursts ({@code org.brimine.maps}). Gives:
 * a {@link ThemeSummary}.
 */
public final class ThemeSummarizer {
  /** Entity types shown, with the headings a reviewer reads. */
  static final Map<String, String> ENTITY_TYPES = entityTypes();
  /**
   * The papers a summary lists and reads the evidence of (the ones that carry the theme most),
   * and the most citation links it lists: a summary of 100,000 papers reads 100 records.
   */
  public static final int PAPERS = 100;
  private static final int EVIDENCE = 10;
  private static final int EVIDENCE_PER_PAPER = 2;
  private static final int TOP = 10;
  private static final double MMR_LAMBDA = 0.7;

  private final Taxonomy taxonomy;
  private final RecordSearcher searcher;

  public ThemeSummarizer(Taxonomy taxonomy, RecordSearcher searcher) {
    this.taxonomy = taxonomy;
    this.searcher = searcher;
  }

  /** The entity types a summary counts, with their labels ({@link EntityType}) in lower case. */
  private static Map<String, String> entityTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    for (String type : List.of("FIN_INSTITUTION", "REGIONAL_ORG", "COUNTRY", "AGREEMENT",
        "CURRENCY", "PROJECT", "INITIATIVE")) {
      types.put(type, EntityType.named(type).label().toLowerCase(Locale.ROOT));
    }
    return types;
  }

  /**
   * Summarises one theme.
   *
   * @param query the reviewer's query (the query syntax): the papers in scope, shown in the
   *     summary; null for all papers
   * @param scope what the papers in scope must be besides, such as their years
   * @param years the reviewer's years, shown in the summary, or null
   * @throws IllegalArgumentException when the theme is not in the taxonomy
   */
  public ThemeSummary summarize(String themeId, String query, SearchFilters scope, String years)
      throws IOException {
    return summarize(themeId, query, scope, years, true);
  }

  /**
   * Summarises one theme, with or without its keyword map and bursts, which read every paper of
   * the theme (the lines of a corpus summary, which shows neither, go without).
   */
  private ThemeSummary summarize(String themeId, String query, SearchFilters scope, String years,
      boolean landscape) throws IOException {
    ThemeDefinition theme = taxonomy.find(themeId).orElseThrow(() ->
        new IllegalArgumentException("unknown theme '" + themeId + "'; known: "
            + taxonomy.themes().stream().map(ThemeDefinition::id).toList()));
    ThemeStatistics stats = searcher.themeStatistics().read(query == null ? "" : query, scope,
        themeId, PAPERS,
        List.copyOf(ENTITY_TYPES.keySet()));
    List<PaperRecord> top = stats.top();
    // as columns: a list of PaperTraits costs seconds a theme at 100k papers
    TraitTable traits = landscape ? searcher.paperTraits().table(query,
        scope.withTheme(themeId), ThemeLandscape.TRAITS) : null;
    return new ThemeSummary(themeId, theme.label(), theme.description(), query, years,
        new ThemeSummary.Overview(stats.papers(), stats.scopePapers(),
            stats.scopePapers() == 0 ? 0 : (double) stats.papers() / stats.scopePapers()),
        rows(top, themeId), evidence(top, themeId), entities(stats),
        keyphrases(stats, theme), trend(stats), cooccurrence(stats, themeId),
        stats.citations().stream().map(l -> new ThemeSummary.Citation(l.from(), l.to()))
            .toList(), landscape ? ThemeLandscape.map(traits) : null,
            landscape ? ThemeLandscape.bursts(traits) : null);
  }

  /**
   * The five connectivity lines side by side, over the papers in scope. The lines are summarised
   * at once, one a core: each counts over every paper of its line.
   */
  public CorpusSummary corpus(String query, SearchFilters scope, String years)
      throws IOException {
    List<ThemeDefinition> connectivity = taxonomy.connectivity();
    int threads = Math.max(1, Math.min(connectivity.size(),
        Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "bri-summary");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<ThemeSummary>> pending = new ArrayList<>();
      for (ThemeDefinition line : connectivity) {
        pending.add(pool.submit(() -> summarize(line.id(), query, scope, years, false)));
      }
      List<ThemeSummary> lines = new ArrayList<>();
      for (Future<ThemeSummary> line : pending) {
        lines.add(line.get());
      }
      return corpus(lines, query, years);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while summarising the five lines");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IOException("summarising the five lines failed: " + e.getCause(), e.getCause());
    } finally {
      // No line may outlive the call, as the searcher it reads may be closed right after; and
      // none is interrupted, as an interrupt during a read can close the index's files.
      pool.shutdown();
      boolean interrupted = false;
      while (!pool.isTerminated()) {
        try {
          pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The corpus summary of lines already summarised over the same papers; a line shows no keyword
   * map or bursts, whether or not its summary has them.
   */
  public static CorpusSummary corpus(List<ThemeSummary> lines, String query, String years) {
    return new CorpusSummary(query, years,
        lines.isEmpty() ? 0 : lines.get(0).overview().corpusPapers(),
        lines.stream().map(ThemeSummary::asCorpusLine).toList());
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

  private static Map<String, List<ThemeSummary.Count>> entities(ThemeStatistics stats) {
    Map<String, List<ThemeSummary.Count>> byType = new LinkedHashMap<>();
    for (Map.Entry<String, String> type : ENTITY_TYPES.entrySet()) {
      byType.put(type.getValue(), top(stats.entities().getOrDefault(type.getKey(), Map.of())));
    }
    return byType;
  }

  /**
   * Keyphrases grouped by their lemmas (as annotation gave them, {@link #normalise normalised}),
   * leaving out those the taxonomy names, as written or by lemma; a group is shown as its form in
   * the most papers (then the most used, then the first in alphabetical order).
   */
  private static List<ThemeSummary.PhraseCount> keyphrases(ThemeStatistics stats,
      ThemeDefinition theme) {
    Set<String> named = new HashSet<>();
    for (List<String> terms : List.of(theme.names(), theme.strong(), theme.weak())) {
      terms.forEach(t -> named.add(normalise(t)));
    }
    Comparator<ThemeSummary.PhraseCount> order =
        Comparator.comparingInt(ThemeSummary.PhraseCount::papers).reversed()
        .thenComparing(Comparator.comparingInt(ThemeSummary.PhraseCount::occurrences).reversed())
        .thenComparing(ThemeSummary.PhraseCount::phrase);
    Map<String, int[]> counts = new HashMap<>();
    Map<String, ThemeSummary.PhraseCount> shown = new HashMap<>();
    stats.keyphrases().forEach((phrase, use) -> {
      String key = normalise(use.lemma());
      if (!named.contains(key) && !named.contains(normalise(phrase))) {
        int[] c = counts.computeIfAbsent(key, x -> new int[2]);
        c[0] += use.papers();
        c[1] += use.occurrences();
        shown.merge(key, new ThemeSummary.PhraseCount(phrase, use.papers(), use.occurrences()),
            (a, b) -> order.compare(a, b) <= 0 ? a : b);
      }
    });
    List<ThemeSummary.PhraseCount> phrases = new ArrayList<>();
    counts.forEach((k, c) -> phrases.add(
        new ThemeSummary.PhraseCount(shown.get(k).phrase(), c[0], c[1])));
    phrases.sort(order);
    return phrases.subList(0, Math.min(TOP * 2, phrases.size()));
  }

  /** Lower case, hyphens as spaces, one space between words. */
  static String normalise(String phrase) {
    return phrase.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
  }

  private static List<ThemeSummary.YearPoint> trend(ThemeStatistics stats) {
    return stats.years().stream().map(y -> new ThemeSummary.YearPoint(y.year(), y.papers(),
        y.weightSum() / y.papers())).toList();
  }

  private List<ThemeSummary.Count> cooccurrence(ThemeStatistics stats, String theme) {
    List<ThemeSummary.Count> list = new ArrayList<>();
    for (ThemeDefinition other : taxonomy.themes()) {
      if (!other.id().equals(theme)) {
        list.add(new ThemeSummary.Count(other.id(), stats.themes().getOrDefault(other.id(), 0)));
      }
    }
    list.sort(Comparator.comparingInt(ThemeSummary.Count::count).reversed());
    return list;
  }

  private static List<ThemeSummary.Count> top(Map<String, Integer> counts) {
    List<ThemeSummary.Count> list = new ArrayList<>();
    counts.forEach((k, v) -> list.add(new ThemeSummary.Count(k, v)));
    list.sort(Comparator.comparingInt(ThemeSummary.Count::count).reversed()
        .thenComparing(ThemeSummary.Count::name));
    return list.subList(0, Math.min(TOP, list.size()));
  }
}
