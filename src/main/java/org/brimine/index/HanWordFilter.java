package org.brimine.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Joins the one-character tokens that StandardTokenizer gives Han text back into runs (adjacent
 * characters, no space or punctuation between them) and replaces each run by the words Lucene's
 * SmartChinese segmenter finds in it, with their offsets in the text. Every other token passes
 * unchanged, so text without Han characters gives the same tokens as without this filter.
 *
 * <p>The segmenter's dictionaries load when the first Han run is met, not before: an English
 * search never loads them.
 */
final class HanWordFilter extends TokenFilter {
  private static final String IDEOGRAPHIC =
      StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private final boolean pairSingles;
  private HHMMSegmenter segmenter;
  /** The words of the current run still to give: text, start and end offsets. */
  private final List<Word> words = new ArrayList<>();
  private int next;
  private int firstIncrement;
  /** The token read past the end of a run, given after the run's words. */
  private State pending;
  private boolean exhausted;

  private record Word(String text, int start, int end) {}

  /**
   * A filter.
   *
   * @param pairSingles whether two or more single characters in a row (what the segmenter
   *     leaves of a word its dictionary lacks: 光/伏 for 光伏) become overlapping pairs of
   *     characters (光伏), as {@link org.apache.lucene.analysis.cjk.CJKBigramFilter} makes
   */
  HanWordFilter(TokenStream in, boolean pairSingles) {
    super(in);
    this.pairSingles = pairSingles;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < words.size()) {
      emit(words.get(next), next == 0 ? firstIncrement : 1);
      next++;
      return true;
    }
    if (pending != null) {
      restoreState(pending);
      pending = null;
      if (!IDEOGRAPHIC.equals(type.type())) {
        return true;
      }
    } else if (exhausted || !input.incrementToken()) {
      exhausted = true;
      return false;
    } else if (!IDEOGRAPHIC.equals(type.type())) {
      return true;
    }
    readRun();
    emit(words.get(0), firstIncrement);
    next = 1;
    return true;
  }

  /** Reads the run the current ideographic token starts, and segments it into words. */
  private void readRun() throws IOException {
    StringBuilder run = new StringBuilder(term);
    int start = offset.startOffset();
    int end = offset.endOffset();
    firstIncrement = position.getPositionIncrement();
    while (true) {
      if (!input.incrementToken()) {
        exhausted = true;
        break;
      }
      if (!IDEOGRAPHIC.equals(type.type()) || offset.startOffset() != end
          || position.getPositionIncrement() != 1) {
        pending = captureState();
        break;
      }
      run.append(term);
      end = offset.endOffset();
    }
    words.clear();
    next = 0;
    String text = run.toString();
    if (text.length() != end - start) {
      // offsets do not map one to one onto the characters (a char filter changed the text):
      // the run stays one token rather than take wrong offsets
      words.add(new Word(text, start, end));
      return;
    }
    if (segmenter == null) {
      segmenter = new HHMMSegmenter();
    }
    for (SegToken token : segmenter.process(text)) {
      if (token.wordType != WordType.SENTENCE_BEGIN && token.wordType != WordType.SENTENCE_END
          && token.endOffset > token.startOffset) {
        words.add(new Word(text.substring(token.startOffset, token.endOffset),
            start + token.startOffset, start + token.endOffset));
      }
    }
    if (words.isEmpty()) {
      words.add(new Word(text, start, end));
    }
    if (pairSingles) {
      pairSingles();
    }
  }

  /** Replaces each stretch of two or more adjacent one-character words by its pairs. */
  private void pairSingles() {
    List<Word> paired = new ArrayList<>(words.size());
    int i = 0;
    while (i < words.size()) {
      int j = i;
      while (j < words.size() && single(words.get(j))
          && (j == i || words.get(j).start() == words.get(j - 1).end())) {
        j++;
      }
      if (j - i >= 2) {
        for (int k = i; k + 1 < j; k++) {
          paired.add(new Word(words.get(k).text() + words.get(k + 1).text(),
              words.get(k).start(), words.get(k + 1).end()));
        }
        i = j;
      } else {
        paired.add(words.get(i));
        i++;
      }
    }
    words.clear();
    words.addAll(paired);
  }

  private static boolean single(Word word) {
    return word.text().codePointCount(0, word.text().length()) == 1;
  }

  private void emit(Word word, int increment) {
    clearAttributes();
    term.setEmpty().append(word.text());
    offset.setOffset(word.start(), word.end());
    position.setPositionIncrement(increment);
    type.setType(IDEOGRAPHIC);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    words.clear();
    next = 0;
    pending = null;
    exhausted = false;
  }
}
