package org.brimine.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.maps.BurstReport;
import org.brimine.maps.ScienceMap;

/**
 * A reviewer's summary of one theme over the papers that match a query and years.
 *
 * @param theme the theme id
 * @param label the theme's readable name
 * @param description what the theme covers
 * @param query the query the papers were chosen by, or null for all papers
 * @param years the year range, such as "2015-2020", or null for all years
 * @param overview how many papers carry the theme, and their share
 * @param papers the papers ranked by the theme's weight in them
 * @param evidence the sentences that state the theme best, diverse
 * @param entities entities that occur with the theme, by type, most papers first
 * @param keyphrases keyphrases of the theme's papers that the taxonomy does not name
 * @param trend papers and mean weight per year
 * @param cooccurrence how many of the theme's papers carry each other theme
 * @param citations citation links among the theme's papers
 * @param map the co-occurrence map of the keywords of the theme's papers (the shape of
 *     {@code bri map keywords --format json}), or null when they are too few for a map; null too
 *     in the lines of a corpus summary, which shows no map
 * @param bursts the strongest bursts of keywords over the years of the theme's papers (the shape
 *     of {@code bri bursts --field keyword --json}); null in the lines of a corpus summary
 */
public record ThemeSummary(String theme, String label, String description, String query,
    String years, Overview overview, List<PaperRow> papers, List<Evidence> evidence,
    Map<String, List<Count>> entities, List<PhraseCount> keyphrases, List<YearPoint> trend,
    List<Count> cooccurrence, List<Citation> citations, ScienceMap map, BurstReport bursts) {

  public ThemeSummary {
    papers = List.copyOf(papers);
    evidence = List.copyOf(evidence);
    // in the summarizer's order (institutions first), not Map.copyOf's, which changes per run
    entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    keyphrases = List.copyOf(keyphrases);
    trend = List.copyOf(trend);
    cooccurrence = List.copyOf(cooccurrence);
    citations = List.copyOf(citations);
  }

  /** This summary without its keyword map and bursts, as a line of a corpus summary shows it. */
  public ThemeSummary asCorpusLine() {
    return new ThemeSummary(theme, label, description, query, years, overview, papers, evidence,
        entities, keyphrases, trend, cooccurrence, citations, null, null);
  }

  /**
   * @param papers papers that carry the theme
   * @param corpusPapers papers that match the query and years, with or without the theme
   * @param share papers / corpusPapers
   */
  public record Overview(int papers, int corpusPapers, double share) {}

  /**
   * @param id the paper's id
   * @param title its title
   * @param year its year, or null
   * @param venue its venue, or null
   * @param weight the theme's weight in it
   * @param otherThemes its other top themes
   */
  public record PaperRow(String id, String title, Integer year, String venue, double weight,
      List<String> otherThemes) {}

  /**
   * @param paperId the paper the sentence comes from
   * @param paperTitle its title
   * @param text the sentence
   * @param score the sentence's theme score
   * @param terms the taxonomy terms it matched
   */
  public record Evidence(String paperId, String paperTitle, String text, double score,
      List<String> terms) {}

  /**
   * @param name what is counted
   * @param count in how many of the theme's papers
   */
  public record Count(String name, int count) {}

  /**
   * @param phrase the keyphrase
   * @param papers in how many of the theme's papers it is a keyphrase
   * @param occurrences how often it occurs in them
   */
  public record PhraseCount(String phrase, int papers, int occurrences) {}

  /**
   * @param year the year
   * @param papers papers of that year that carry the theme
   * @param meanWeight the theme's mean weight in them
   */
  public record YearPoint(int year, int papers, double meanWeight) {}

  /**
   * @param from the citing paper
   * @param to the cited paper
   */
  public record Citation(String from, String to) {}
}
