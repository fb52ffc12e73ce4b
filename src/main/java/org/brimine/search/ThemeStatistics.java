package org.brimine.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brimine.model.PaperRecord;

/**
 * What the index says about one theme among the papers in a scope: the counts a summary shows,
 * taken from the index's doc values for every paper that carries the theme, and the whole
 * records of only the few papers it carries most.
 *
 * @param scopePapers papers that match the scope, with or without the theme
 * @param papers papers of the scope that carry the theme
 * @param top the papers that carry the theme most, highest weight first, ties by id; at most as
 *     many as asked for
 * @param years for each year, lowest first, the theme's papers of that year; papers without a
 *     year are left out
 * @param themes for each theme (this one included), how many of the theme's papers carry it;
 *     themes none of them carry are left out
 * @param entities for each entity type asked for, how many of the theme's papers name each
 *     entity (canonical name) of that type
 * @param keyphrases for each keyphrase as written, its lemma, how many of the theme's papers
 *     have it and how often they use it
 * @param citations citation links among the theme's papers: citing paper by its rank in the
 *     theme, then cited paper by its rank; at most as many as asked for
 */
public record ThemeStatistics(int scopePapers, int papers, List<PaperRecord> top,
    List<Year> years, Map<String, Integer> themes, Map<String, Map<String, Integer>> entities,
    Map<String, PhraseUse> keyphrases, List<Link> citations) {

  public ThemeStatistics {
    top = List.copyOf(top);
    years = List.copyOf(years);
    themes = Map.copyOf(themes);
    entities = Map.copyOf(entities);
    keyphrases = Map.copyOf(keyphrases);
    citations = List.copyOf(citations);
  }

  /**
   * The theme's papers of one year.
   *
   * @param year the year
   * @param papers how many
   * @param weightSum the sum of the theme's weight in them, largest weight added first, so that
   *     the sum is the same however the index is segmented
   */
  public record Year(int year, int papers, double weightSum) {}

  /**
   * How a keyphrase is used by the theme's papers.
   *
   * @param papers how many have it among their keyphrases
   * @param occurrences how often they use it, together
   * @param lemma the lemmas of its words, lower case ("energy policy" for "energy policies"); the
   *     phrase in lower case in an index built before lemmas were kept
   */
  public record PhraseUse(int papers, int occurrences, String lemma) {}

  /**
   * A citation link.
   *
   * @param from the citing paper's id
   * @param to the cited paper's id
   */
  public record Link(String from, String to) {
    public Link {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }
  }
}
