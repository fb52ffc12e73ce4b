package org.brimine.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brimine.model.AnnotatedText;
import org.brimine.model.EntityMention;
import org.brimine.model.Sentence;
import org.brimine.model.ThemeHit;
import org.brimine.model.ThemeScore;
import org.brimine.model.Token;

/**
 * Tags themes per sentence on lemmas, and sums them into a paper's distribution.
 *
 * <p>A name of a theme weighs {@value #NAME}, a strong term {@value #STRONG}, a weak word
 * {@value #WEAK}; a sentence carries a theme when its terms weigh at least {@value #THRESHOLD},
 * so one name or one strong term is enough, a bare passing weak word is not. Within a theme,
 * overlapping terms count once (the longest); a term preceded within three words by a negation
 * ("no", "without", ...; "not only" is no negation) does not count; nor do the words of an
 * initiative's name ("Belt and Road" mentions no road).
 */
public final class ThemeTagger {
  static final double NAME = 3;
  static final double STRONG = 2;
  static final double WEAK = 1;
  static final double THRESHOLD = 2;
  private static final int NEGATION_WINDOW = 3;
  /** The entity type whose names do not count as theme words. */
  private static final String INITIATIVE = "INITIATIVE";

  private final TermMatcher matcher;
  private final Set<String> negations;
  /** The five connectivity lines, whose Chinese terms compete for characters. */
  private final Set<String> lines;

  public ThemeTagger(Taxonomy taxonomy) {
    List<TermMatcher.Term> terms = new ArrayList<>();
    for (ThemeDefinition theme : taxonomy.themes()) {
      add(terms, theme, theme.names(), NAME);
      add(terms, theme, theme.strong(), STRONG);
      add(terms, theme, theme.weak(), WEAK);
      add(terms, theme, theme.zh().names(), NAME);
      add(terms, theme, theme.zh().strong(), STRONG);
      add(terms, theme, theme.zh().weak(), WEAK);
    }
    this.matcher = new TermMatcher(terms);
    this.negations = WordList.load("negation-cues.txt");
    this.lines = taxonomy.connectivity().stream().map(ThemeDefinition::id)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static void add(List<TermMatcher.Term> terms, ThemeDefinition theme, List<String> texts,
      double weight) {
    for (String text : texts) {
      List<String> words = TermMatcher.words(text);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("theme '" + theme.id() + "' has an empty term '"
            + text + "'");
      }
      terms.add(new TermMatcher.Term(theme.id(), text, words, weight));
    }
  }

  /** The themes of one sentence, each with its matched terms. */
  public List<ThemeHit> tag(Sentence sentence) {
    return tag(sentence, List.of());
  }

  /**
   * The themes of one sentence; tokens inside the given spans (names of initiatives such as
   * "Belt and Road", whose "Road" is no road) take no part.
   */
  private List<ThemeHit> tag(Sentence sentence, List<EntityMention> names) {
    List<Token> content = TermMatcher.content(sentence.tokens(),
        t -> names.stream().anyMatch(m -> t.start() < m.end() && m.start() < t.end()));
    List<TermMatcher.Match> matches = TermMatcher.withoutHanInsideLonger(matcher.find(content),
        lines);
    matches.removeIf(m -> negated(content, m.first()));
    matches.sort(Comparator.comparingInt((TermMatcher.Match m) -> m.term().words().size())
        .reversed().thenComparingInt(TermMatcher.Match::first));
    Map<String, List<TermMatcher.Match>> kept = new LinkedHashMap<>();
    for (TermMatcher.Match m : matches) {
      List<TermMatcher.Match> theme = kept.computeIfAbsent(m.term().theme(), k -> new ArrayList<>());
      if (theme.stream().noneMatch(o -> m.first() <= o.last() && o.first() <= m.last())) {
        theme.add(m);
      }
    }
    List<ThemeHit> hits = new ArrayList<>();
    for (Map.Entry<String, List<TermMatcher.Match>> e : kept.entrySet()) {
      List<TermMatcher.Match> found = new ArrayList<>(e.getValue());
      found.sort(Comparator.comparingInt(TermMatcher.Match::first));
      double score = found.stream().mapToDouble(m -> m.term().weight()).sum();
      if (score >= THRESHOLD) {
        hits.add(new ThemeHit(e.getKey(), sentence.index(), score,
            found.stream().map(m -> m.term().text()).toList(), sentence.text()));
      }
    }
    return hits;
  }

  /** The themes of every sentence of a text, in text order. */
  public List<ThemeHit> tag(AnnotatedText text) {
    List<EntityMention> initiatives = text.mentions().stream()
        .filter(m -> m.type().equals(INITIATIVE)).toList();
    List<ThemeHit> hits = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      hits.addAll(tag(sentence, initiatives.stream()
          .filter(m -> m.start() < sentence.end() && sentence.start() < m.end()).toList()));
    }
    return hits;
  }

  /** The distribution over themes that these hits make: shares of the summed scores. */
  public static List<ThemeScore> distribution(List<ThemeHit> hits) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    double total = 0;
    for (ThemeHit hit : hits) {
      double[] s = sums.computeIfAbsent(hit.theme(), k -> new double[2]);
      s[0] += hit.score();
      s[1]++;
      total += hit.score();
    }
    List<ThemeScore> scores = new ArrayList<>();
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      scores.add(new ThemeScore(e.getKey(), e.getValue()[0] / total, (int) e.getValue()[1]));
    }
    scores.sort(Comparator.comparingDouble(ThemeScore::weight).reversed()
        .thenComparing(ThemeScore::theme));
    return scores;
  }

  private boolean negated(List<Token> content, int first) {
    for (int i = Math.max(0, first - NEGATION_WINDOW); i < first; i++) {
      boolean notOnly = i + 1 < content.size()
          && TermMatcher.keys(content.get(i + 1)).contains("only");
      for (String key : TermMatcher.keys(content.get(i))) {
        if (negations.contains(key) && !notOnly) {
          return true;
        }
      }
    }
    return false;
  }
}
