package org.brimine.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * Marks matches as {@link DefaultPassageFormatter} does, but one mark over matches that touch or
 * overlap: Chinese has no spaces, so the words 资金 and 融通 of 资金融通, or its overlapping pairs of
 * characters, are marked {@code <mark>资金融通</mark>}, never character by character. Matches
 * with anything between them (English words) are marked one by one as before.
 */
final class MarkedWords extends DefaultPassageFormatter {
  MarkedWords(String preTag, String postTag, String ellipsis, boolean escape) {
    super(preTag, postTag, ellipsis, escape);
  }

  @Override
  public String format(Passage[] passages, String content) {
    Passage[] merged = new Passage[passages.length];
    for (int i = 0; i < passages.length; i++) {
      merged[i] = merged(passages[i]);
    }
    return super.format(merged, content);
  }

  private static Passage merged(Passage passage) {
    Passage result = new Passage();
    result.setStartOffset(passage.getStartOffset());
    result.setEndOffset(passage.getEndOffset());
    result.setScore(passage.getScore());
    int n = passage.getNumMatches();
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    int i = 0;
    while (i < n) {
      int start = starts[i];
      int end = ends[i];
      int j = i + 1;
      // matches come in order of their start
      while (j < n && starts[j] <= end) {
        end = Math.max(end, ends[j]);
        j++;
      }
      result.addMatch(start, end, passage.getMatchTerms()[i],
          passage.getMatchTermFreqsInDoc()[i]);
      i = j;
    }
    return result;
  }
}
