package org.brimine.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Keyphrase;
import org.brimine.model.Sentence;
import org.brimine.model.Token;

/**
 * Takes keyphrases from the text itself: noun phrases by part-of-speech pattern (adjectives and
 * nouns ending in a noun, two to five words), scored by C-value (Frantzi, Ananiadou and Mima,
 * 2000), which rewards frequent multi-word terms and discounts a phrase by the longer phrases
 * it is nested in.
 *
 * <p>Phrases are counted by their lemmas ("financial institutions" and "financial institution"
 * are one) and shown as most often written. A phrase never starts or ends with a stop word, and
 * never starts inside a coordinated name ("Road strategy" from "Belt and Road strategy").
 *
 * <p>Chinese text needs word segmentation and CTB tags (NN, NR, JJ) from a Chinese pipeline:
 * then noun compounds such as 光伏/NN 电站/NN are phrases, shown without spaces (光伏电站). Runs of
 * Chinese characters that an English tokenizer leaves whole give no phrases.
 */
public final class KeyphraseExtractor {
  private static final int MIN_WORDS = 2;
  private static final int MAX_WORDS = 5;

  private final Set<String> stopWords = WordList.load("keyphrase-stopwords.txt");
  private final int limit;

  /** @param limit how many keyphrases to keep */
  public KeyphraseExtractor(int limit) {
    this.limit = limit;
  }

  private static final class Candidate {
    int count;
    final Map<String, Integer> surfaces = new HashMap<>();
  }

  /** The text's keyphrases, best first. */
  public List<Keyphrase> extract(AnnotatedText text) {
    Map<String, Candidate> candidates = new HashMap<>();
    for (Sentence sentence : text.sentences()) {
      for (List<Token> run : nounRuns(sentence.tokens())) {
        for (int i = 0; i < run.size(); i++) {
          for (int j = i + MIN_WORDS; j <= Math.min(run.size(), i + MAX_WORDS); j++) {
            List<Token> phrase = run.subList(i, j);
            if (acceptable(phrase)) {
              Candidate c = candidates.computeIfAbsent(key(phrase), k -> new Candidate());
              c.count++;
              c.surfaces.merge(surface(phrase), 1, Integer::sum);
            }
          }
        }
      }
    }
    Map<String, int[]> nesting = nesting(candidates);
    List<Keyphrase> phrases = new ArrayList<>();
    for (Map.Entry<String, Candidate> e : candidates.entrySet()) {
      double score = cValue(e.getKey(), e.getValue().count, nesting.get(e.getKey()));
      if (score > 0) {
        String shown = e.getValue().surfaces.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .orElseThrow().getKey();
        phrases.add(new Keyphrase(shown, score, e.getValue().count, e.getKey()));
      }
    }
    phrases.sort(Comparator.comparingDouble(Keyphrase::score).reversed()
        .thenComparing(Comparator.comparingInt(Keyphrase::count).reversed())
        .thenComparing(Keyphrase::phrase));
    return phrases.subList(0, Math.min(limit, phrases.size()));
  }

  /** Maximal runs of adjectives and nouns, each ending in a noun. */
  private static List<List<Token>> nounRuns(List<Token> tokens) {
    List<List<Token>> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!isModifierOrNoun(tokens.get(i)) || insideCoordinatedName(tokens, i)) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size() && isModifierOrNoun(tokens.get(j))) {
        j++;
      }
      int end = j;
      while (end > i && !isNoun(tokens.get(end - 1))) {
        end--;
      }
      if (end > i) {
        runs.add(tokens.subList(i, end));
      }
      i = j;
    }
    return runs;
  }

  private static boolean insideCoordinatedName(List<Token> tokens, int i) {
    return i >= 2 && tokens.get(i - 1).pos().equals("CC")
        && tokens.get(i - 2).pos().startsWith("NNP") && tokens.get(i).pos().startsWith("NNP");
  }

  private boolean acceptable(List<Token> phrase) {
    if (!isNoun(phrase.get(phrase.size() - 1))) {
      return false;
    }
    for (Token t : phrase) {
      if (!t.word().chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
        return false;
      }
    }
    return !stopWords.contains(lemma(phrase.get(0)))
        && !stopWords.contains(lemma(phrase.get(phrase.size() - 1)));
  }

  /**
   * For each candidate, how many longer candidates contain it and their summed frequency: every
   * longer candidate adds itself to each of its sub-phrases, so this takes one pass.
   */
  private static Map<String, int[]> nesting(Map<String, Candidate> candidates) {
    Map<String, int[]> nesting = new HashMap<>();
    candidates.keySet().forEach(k -> nesting.put(k, new int[2]));
    for (Map.Entry<String, Candidate> e : candidates.entrySet()) {
      String[] words = e.getKey().split(" ");
      java.util.Set<String> subs = new java.util.HashSet<>();
      for (int i = 0; i < words.length; i++) {
        for (int j = i + MIN_WORDS; j <= words.length; j++) {
          if (j - i < words.length) {
            subs.add(String.join(" ", java.util.Arrays.asList(words).subList(i, j)));
          }
        }
      }
      for (String sub : subs) {
        int[] n = nesting.get(sub);
        if (n != null) {
          n[0]++;
          n[1] += e.getValue().count;
        }
      }
    }
    return nesting;
  }

  /** C-value: log2 of the length, times the frequency less the mean frequency of its nests. */
  private static double cValue(String key, int count, int[] nesting) {
    int words = key.split(" ").length;
    double log = Math.log(words) / Math.log(2);
    return nesting[0] == 0 ? log * count : log * (count - (double) nesting[1] / nesting[0]);
  }

  private static boolean isModifierOrNoun(Token t) {
    return isNoun(t) || t.pos().equals("JJ");
  }

  /** A noun: Penn NN, NNS, NNP, NNPS, or, from a Chinese pipeline, CTB NN and NR (names). */
  private static boolean isNoun(Token t) {
    return t.pos().startsWith("NN") || t.pos().equals("NR");
  }

  private static String lemma(Token t) {
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  private static String key(List<Token> phrase) {
    return String.join(" ", phrase.stream().map(KeyphraseExtractor::lemma).toList());
  }

  private static String surface(List<Token> phrase) {
    StringBuilder s = new StringBuilder();
    for (Token t : phrase) {
      // Chinese words are written without spaces: 光伏 + 电站 is 光伏电站.
      if (s.length() > 0 && !(TermMatcher.isHan(s.codePointBefore(s.length()))
          && TermMatcher.isHan(t.word().codePointAt(0)))) {
        s.append(' ');
      }
      s.append(t.pos().startsWith("NNP") ? t.word() : t.word().toLowerCase(Locale.ROOT));
    }
    return s.toString();
  }
}
