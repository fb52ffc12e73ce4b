package org.brimine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Sentence;
import org.brimine.model.ThemeHit;
import org.brimine.model.ThemeScore;
import org.brimine.model.Themes;
import org.brimine.model.Token;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;
import org.brimine.themes.KeyphraseExtractor;
import org.brimine.themes.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A theme summary's keyphrases are grouped by the lemmas annotation gave them, not by cutting a
 * final "s": "regional analyses" and "regional analysis" are one keyphrase, and so are "energy
 * policies" and "energy policy".
 */
class ThemeKeyphrasesTest {
  private static final String FI = "financial-integration";
  @TempDir
  Path dir;

  /** A sentence of (word, lemma, tag) triples, each phrase said twice so that it scores. */
  private static AnnotatedText text(String[][] words) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder s = new StringBuilder();
    for (int round = 0; round < 2; round++) {
      for (String[] w : words) {
        int start = s.length();
        s.append(w[0]).append(' ');
        tokens.add(new Token(w[0], w[1], w[2], start, start + w[0].length()));
      }
    }
    String sentence = s.toString().strip();
    return new AnnotatedText(sentence, List.of(new Sentence(0, sentence, 0, sentence.length(),
        tokens)), List.of());
  }

  private static AnnotatedPaper paper(String id, AnnotatedText text) {
    Paper p = new Paper(id, "papers/" + id + ".txt", text.text(),
        new PaperMetadata("Paper " + id, List.of(), 2020, null, null, null, "en"), "hash-" + id);
    ParsedPaper parsed = new ParsedPaper(id, p, "Paper " + id, false, null, List.of(), List.of(),
        List.of());
    return new AnnotatedPaper(parsed, text, List.of(), new Themes(
        List.of(new ThemeHit(FI, 0, 1, List.of("bond market"), text.text())),
        List.of(new ThemeScore(FI, 1.0, 1)), new KeyphraseExtractor(20).extract(text)));
  }

  @Test
  void groupsKeyphrasesByTheirLemmas() throws IOException {
    Path lucene = dir.resolve("lucene");
    try (RecordWriter writer = RecordWriter.open(lucene)) {
      writer.write(paper("a", text(new String[][] {{"regional", "regional", "JJ"},
          {"analyses", "analysis", "NNS"}, {"and", "and", "CC"}, {"energy", "energy", "NN"},
          {"policies", "policy", "NNS"}, {".", ".", "."}})));
      writer.write(paper("b", text(new String[][] {{"regional", "regional", "JJ"},
          {"analysis", "analysis", "NN"}, {"and", "and", "CC"}, {"energy", "energy", "NN"},
          {"policy", "policy", "NN"}, {".", ".", "."}})));
      writer.commit();
    }
    Taxonomy taxonomy = Taxonomy.load();
    Map<String, Integer> papers = new LinkedHashMap<>();
    try (RecordSearcher searcher = RecordSearcher.open(lucene, Ranking.DEFAULT, taxonomy.ids())) {
      new ThemeSummarizer(taxonomy, searcher).summarize(FI, "", SearchFilters.NONE, null).keyphrases()
          .forEach(k -> papers.put(k.phrase(), k.papers()));
    }
    assertEquals(2, papers.size(), "one keyphrase per lemma: " + papers);
    assertEquals(List.of(2, 2), List.copyOf(papers.values()), papers.toString());
  }
}
