package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brimine.eval.CollectionDoc;
import org.brimine.model.PaperVector;
import org.brimine.model.ParsedPaper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paper vectors: which text is embedded, by which model, and the cache a rebuild reads. */
class PaperVectorsTest {
  /** A stand-in model that records what it embeds: a vector of the text's length and hash. */
  static final class CountingEmbedder implements Embedder {
    final List<String> seen = new ArrayList<>();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public synchronized float[] embed(String text) {
      seen.add(text);
      return new float[] {text.length(), text.hashCode() % 7};
    }
  }

  private static ParsedPaper paper(String id, String title, String text, String language) {
    return new CollectionDoc(id, title, "", text, language).asPaper().parsed();
  }

  @Test
  void embedsTitleAndAbstractWithTheEnglishModel() {
    CountingEmbedder model = new CountingEmbedder();
    PaperVector v = new PaperVectors(model, null, null)
        .of(paper("p1", "Sovereign loans", "Loans to Kenya and Zambia.", "en")).orElseThrow();
    assertEquals(List.of("Sovereign loans\nLoans to Kenya and Zambia."), model.seen);
    assertEquals("counting", v.model());
    assertEquals(2, v.dimension());
  }

  @Test
  void aRebuildReadsTheCacheAndNeverCallsTheModel(@TempDir Path cache) {
    ParsedPaper p = paper("p1", "Debt sustainability", "Debt in Africa.", "en");
    CountingEmbedder first = new CountingEmbedder();
    PaperVector computed = new PaperVectors(first, null, cache).of(p).orElseThrow();
    assertEquals(1, first.seen.size());

    CountingEmbedder second = new CountingEmbedder();
    PaperVector cached = new PaperVectors(second, null, cache).of(p).orElseThrow();
    assertEquals(List.of(), second.seen, "the model must not run for a cached text");
    assertArrayEquals(computed.values(), cached.values());
  }

  @Test
  void aChangedTextIsEmbeddedAgain(@TempDir Path cache) {
    new PaperVectors(new CountingEmbedder(), null, cache)
        .of(paper("p1", "Debt", "Old abstract.", "en"));
    CountingEmbedder again = new CountingEmbedder();
    new PaperVectors(again, null, cache).of(paper("p1", "Debt", "New abstract.", "en"));
    assertEquals(1, again.seen.size());
  }

  @Test
  void aChineseOnlyPaperGetsNoVectorWithoutAChineseModel() {
    CountingEmbedder english = new CountingEmbedder();
    assertTrue(new PaperVectors(english, null, null)
        .of(paper("z1", "一带一路", "债务可持续性。", "zh")).isEmpty());
    assertEquals(List.of(), english.seen);
  }

  @Test
  void aChineseOnlyPaperGoesToTheChineseModelWhenThereIsOne() {
    CountingEmbedder english = new CountingEmbedder();
    CountingEmbedder chinese = new CountingEmbedder();
    new PaperVectors(english, chinese, null).of(paper("z1", "一带一路", "债务可持续性。", "zh"));
    assertEquals(List.of(), english.seen);
    assertEquals(List.of("一带一路\n债务可持续性。"), chinese.seen);
  }

  @Test
  void cutsALongTextAtASpaceBeforeTheLimit() {
    String text = "word ".repeat(1000);
    String cut = PaperVectors.cut(text);
    assertTrue(cut.length() <= PaperVectors.MAX_CHARS, "" + cut.length());
    assertTrue(cut.endsWith("word"), cut.substring(cut.length() - 10));
    assertEquals("short text", PaperVectors.cut("short text"));
  }
}
