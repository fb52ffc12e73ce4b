package org.brimine.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pair of neighbouring query words in one field, and the weight of its sloppy phrase in the
 * proximity bonus ({@link Proximity}): the bonus is the sum of the pairs' phrase scores, each
 * times its weight. {@link Ranker} makes Lucene phrases of the pairs' terms; a backend that
 * re-ranks itself gets them from {@link ProximityPairs} as words to analyse.
 *
 * @param field a default search field
 * @param first the first word (a term of the index, or a word that analyses to one)
 * @param second the word after it in the query
 * @param weight the bonus weight times the field's boost
 */
public record WordPair(String field, String first, String second, float weight) {

  /**
   * Every pair of neighbouring words of each searched field of the query, a pair once per field
   * and never a word with itself, the weights times {@code scale}; none when the bonus is off.
   */
  static List<WordPair> of(QueryTerms words, Ranking ranking, Set<String> fields, float scale) {
    Proximity proximity = ranking.proximity();
    List<WordPair> pairs = new ArrayList<>();
    if (!proximity.enabled()) {
      return pairs;
    }
    for (Map.Entry<String, List<String>> field : words.byField().entrySet()) {
      if (!fields.contains(field.getKey())) {
        continue;
      }
      float weight = scale * proximity.weight() * ranking.boosts().get(field.getKey());
      Set<List<String>> seen = new HashSet<>();
      List<String> w = field.getValue();
      for (int i = 0; i + 1 < w.size(); i++) {
        if (!w.get(i).equals(w.get(i + 1)) && seen.add(List.of(w.get(i), w.get(i + 1)))) {
          pairs.add(new WordPair(field.getKey(), w.get(i), w.get(i + 1), weight));
        }
      }
    }
    return pairs;
  }
}
