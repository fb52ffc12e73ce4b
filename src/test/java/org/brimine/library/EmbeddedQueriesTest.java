package org.brimine.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.brimine.annotate.Embedder;
import org.brimine.index.Schema;
import org.junit.jupiter.api.Test;

/** Which model embeds a query, what text it reads, and which field its vector is compared with. */
class EmbeddedQueriesTest {
  /** A stand-in model that records what it embeds. */
  private static final class Recording implements Embedder {
    private final String name;
    private final int dimension;
    final List<String> seen = new ArrayList<>();

    Recording(String name, int dimension) {
      this.name = name;
      this.dimension = dimension;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int dimension() {
      return dimension;
    }

    @Override
    public float[] embed(String text) {
      seen.add(text);
      return new float[dimension];
    }
  }

  @Test
  void aHanQueryIsEmbeddedByTheChineseModelWithItsInstructionAndSearchesItsField() {
    Recording english = new Recording("en", 3);
    Recording chinese = new Recording("zh", 5);
    EmbeddedQueries queries = new EmbeddedQueries(english, chinese, "指令：");
    assertEquals(5, queries.of(" 债务 可持续 ").orElseThrow().length);
    assertEquals(List.of("指令：债务 可持续"), chinese.seen);
    assertEquals(Schema.vector("zh", 5), queries.field("债务 可持续"));
    assertEquals(List.of(), english.seen);
  }

  @Test
  void aLatinQueryIsEmbeddedByTheEnglishModelAsItIsAndSearchesItsField() {
    Recording english = new Recording("en", 3);
    Recording chinese = new Recording("zh", 5);
    EmbeddedQueries queries = new EmbeddedQueries(english, chinese, "指令：");
    assertEquals(3, queries.of("debt sustainability").orElseThrow().length);
    assertEquals(List.of("debt sustainability"), english.seen);
    assertEquals(Schema.vector("en", 3), queries.field("debt sustainability"));
    assertEquals(List.of(), chinese.seen);
  }

  @Test
  void withoutAChineseModelAHanQueryHasNoVector() {
    EmbeddedQueries queries = new EmbeddedQueries(new Recording("en", 3), null, "");
    assertTrue(queries.of("债务").isEmpty());
    assertTrue(queries.of(" ").isEmpty());
  }

  @Test
  void theProductEmbedsHanQueriesByTheChineseModel() {
    assertEquals(Schema.CHINESE_VECTOR, StageFactory.queryVectors().field("一带一路 债务"));
  }
}
