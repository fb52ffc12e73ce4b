package org.brimine.index;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes the {@link HanWordFilter} of the text fields for an engine that builds its analyzers from
 * a configuration, such as the Solr configset of {@code bri solr configset}: there the chain is
 * named field type by field type, and this is the one link of {@link EnglishText} that is ours.
 * Argument {@code pairSingles} ("true" or "false", default true) is {@link HanText#WORDS_AND_BIGRAMS}
 * against {@link HanText#WORDS}.
 *
 * <p>NOTE: the engine needs this jar and lucene-analysis-smartcn on its classpath; `bri solr
 * local` and the tests run Solr in this JVM, where both are.
 */
public final class HanWordFilterFactory extends TokenFilterFactory {
  /** The name that Lucene's service loader and Solr's {@code <filter name="...">} know it by. */
  public static final String NAME = "briHanWord";

  private final boolean pairSingles;

  /** A factory with the arguments of its configuration. */
  public HanWordFilterFactory(Map<String, String> args) {
    super(args);
    pairSingles = getBoolean(args, "pairSingles", true);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown arguments of " + NAME + ": " + args);
    }
  }

  /** For the service loader, which only checks that the class is there. */
  public HanWordFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new HanWordFilter(input, pairSingles);
  }
}
