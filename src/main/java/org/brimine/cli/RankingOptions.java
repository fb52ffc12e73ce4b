package org.brimine.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.brimine.index.HanText;
import org.brimine.index.Stemming;
import org.brimine.search.Feedback;
import org.brimine.search.Fusion;
import org.brimine.search.Proximity;
import org.brimine.search.Ranking;
import org.brimine.search.Retrieval;
import picocli.CommandLine.Option;

/** Options that override the product's default ranking, to measure other settings. */
final class RankingOptions {
  @Option(names = "--boost", paramLabel = "FIELD=BOOST",
      description = "a default field's boost, e.g. title=2 (repeatable; given boosts replace "
          + "all defaults)")
  Map<String, Float> boosts;

  @Option(names = "--k1", description = "BM25 k1")
  Float k1;

  @Option(names = "--b", description = "BM25 b")
  Float b;

  @Option(names = "--proximity-slop", description = "slop of the neighbouring-words bonus")
  Integer proximitySlop;

  @Option(names = "--proximity-weight", description = "weight of that bonus (0: off)")
  Float proximityWeight;

  @Option(names = "--fb-docs",
      description = "RM3 feedback documents (default: no feedback; 0: none; any --fb-* option "
          + "starts from Anserini's 10 documents, 10 terms, weight 0.5)")
  Integer fbDocs;

  @Option(names = "--fb-terms", description = "RM3 expansion terms")
  Integer fbTerms;

  @Option(names = "--fb-weight", description = "RM3 original query weight")
  Float fbWeight;

  @Option(names = "--stemming", description = "porter, krovetz or none")
  String stemming;

  @Option(names = "--chinese", description = "how Chinese text is analysed: words_and_bigrams"
      + " (the default), words, bigrams or characters")
  String chinese;

  @Option(names = "--retrieval", description = "lexical, dense or hybrid (default: the "
      + "product's)")
  String retrieval;

  @Option(names = "--hybrid-fusion", paramLabel = "FUSION",
      description = "how hybrid merges: rrf, rrf:K or weighted:W (default: the product's)")
  String fusion;

  /** The product's default retrieval with the options given applied. */
  Retrieval retrieval() {
    Retrieval r = Retrieval.DEFAULT;
    Fusion f = fusion == null ? r.fusion() : Fusion.of(fusion);
    return retrieval == null ? new Retrieval(r.mode(), f, r.hanHybrid())
        : Retrieval.of(retrieval, f);
  }

  /** The product's default ranking with the options given applied. */
  Ranking ranking() {
    Ranking r = Ranking.DEFAULT;
    if (boosts != null) {
      r = r.withBoosts(boosts);
    }
    r = r.withBm25(k1 != null ? k1 : r.k1(), b != null ? b : r.b());
    Proximity p = r.proximity();
    r = r.withProximity(new Proximity(proximitySlop != null ? proximitySlop : p.slop(),
        proximityWeight != null ? proximityWeight : p.weight()));
    // the default has no feedback: a feedback option starts from Anserini's RM3 defaults
    Feedback f = r.feedback().enabled() ? r.feedback() : Feedback.RM3;
    if (fbDocs == null && fbTerms == null && fbWeight == null) {
      return r;
    }
    return r.withFeedback(new Feedback(fbDocs != null ? fbDocs : f.docs(),
        fbTerms != null ? fbTerms : f.terms(), fbWeight != null ? fbWeight : f.originalWeight()));
  }

  /** The stemming to index and search with. */
  Stemming stemming() {
    return stemming == null ? Stemming.DEFAULT : Stemming.of(stemming);
  }

  /** The analysis of Chinese text to index and search with. */
  HanText han() {
    return chinese == null ? HanText.DEFAULT : HanText.of(chinese);
  }

  /** One line naming every setting. */
  String describe(Ranking r, Stemming s) {
    StringBuilder line = new StringBuilder("boosts ");
    line.append(String.join(" ", new TreeMap<>(r.boosts()).entrySet().stream()
        .map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.2g", e.getValue())).toList()));
    line.append(String.format(Locale.ROOT, "; BM25 k1=%.2f b=%.2f; ", r.k1(), r.b()));
    line.append(r.proximity().enabled() ? String.format(Locale.ROOT,
        "proximity slop %d weight %.2f; ", r.proximity().slop(), r.proximity().weight())
        : "no proximity; ");
    line.append(r.feedback().enabled() ? String.format(Locale.ROOT,
        "RM3 fbDocs=%d fbTerms=%d originalQueryWeight=%.2f; ", r.feedback().docs(),
        r.feedback().terms(), r.feedback().originalWeight()) : "no feedback; ");
    line.append("stemming ").append(s.name().toLowerCase(Locale.ROOT));
    return line.toString();
  }
}
