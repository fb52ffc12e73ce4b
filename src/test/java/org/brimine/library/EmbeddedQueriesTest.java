package org.brimine.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.brimine.index.Schema;
import org.junit.jupiter.api.Test;

/** Which model embeds a query, what text it reads, and which field its vector is compared with. */
class EmbeddedQueriesTest {
  @Test
  void aHanQueryIsEmbeddedByTheChineseModelWithItsInstructionAndSearchesItsField() {
    RecordingEmbedder english = new RecordingEmbedder("en", 3);
    RecordingEmbedder chinese = new RecordingEmbedder("zh", 5);
    EmbeddedQueries queries = new EmbeddedQueries(english, chinese, "指令：");
    assertEquals(5, queries.of(" 债务 可持续 ").orElseThrow().length);
    assertEquals(List.of("指令：债务 可持续"), chinese.seen);
    assertEquals(Schema.vector("zh", 5), queries.field("债务 可持续"));
    assertEquals(List.of(), english.seen);
  }

  @Test
  void aLatinQueryIsEmbeddedByTheEnglishModelAsItIsAndSearchesItsField() {
    RecordingEmbedder english = new RecordingEmbedder("en", 3);
    RecordingEmbedder chinese = new RecordingEmbedder("zh", 5);
    EmbeddedQueries queries = new EmbeddedQueries(english, chinese, "指令：");
    assertEquals(3, queries.of("debt sustainability").orElseThrow().length);
    assertEquals(List.of("debt sustainability"), english.seen);
    assertEquals(Schema.vector("en", 3), queries.field("debt sustainability"));
    assertEquals(List.of(), chinese.seen);
  }

  @Test
  void withoutAChineseModelAHanQueryHasNoVector() {
    EmbeddedQueries queries = new EmbeddedQueries(new RecordingEmbedder("en", 3), null, "");
    assertTrue(queries.of("债务").isEmpty());
    assertTrue(queries.of(" ").isEmpty());
  }

  @Test
  void theProductEmbedsHanQueriesByTheChineseModel() {
    assertEquals(Schema.CHINESE_VECTOR, StageFactory.queryVectors().field("一带一路 债务"));
  }
}
