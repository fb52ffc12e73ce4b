package org.brimine.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English text: Lucene's EnglishAnalyzer chain (standard tokenizer, possessives removed, lower
 * case, English stopwords) ending with the chosen stemmer. With Porter it is EnglishAnalyzer.
 * Runs of Chinese characters, which the standard tokenizer cuts into single characters, become
 * words or pairs of characters as {@link HanText} says; the chain is unchanged for the rest.
 */
final class EnglishText extends Analyzer {
  private final Stemming stemming;
  private final HanText han;

  EnglishText(Stemming stemming, HanText han) {
    this.stemming = stemming;
    this.han = han;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = switch (han) {
      case CHARACTERS -> source;
      case WORDS -> new HanWordFilter(source, false);
      case WORDS_AND_BIGRAMS -> new HanWordFilter(source, true);
      case BIGRAMS -> new CJKBigramFilter(source, CJKBigramFilter.HAN, false);
    };
    result = new EnglishPossessiveFilter(result);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    result = switch (stemming) {
      case PORTER -> new PorterStemFilter(result);
      case KROVETZ -> new KStemFilter(result);
      case NONE -> result;
    };
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
