package org.brimine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The judged news collections under {@code src/test/resources/eval} (issue 21): the development
 * sets the fusion was chosen on and the held-out sets it is reported on. The files parse as
 * {@code bri eval retrieval} reads them, every judgement names a query and an article of the
 * shared article files, and the held-out sets repeat no development query.
 */
class NewsCollectionsTest {
  private static final Path EVAL = Path.of("src/test/resources/eval");
  private static final Path SHARED = Path.of("../shared/data");

  private static List<Topic> topics(String collection) throws IOException {
    return Topic.read(EVAL.resolve(collection).resolve("queries.tsv"));
  }

  private static Path qrelsFile(String collection) {
    return EVAL.resolve(collection).resolve("qrels.trec");
  }

  /** The article file a collection is judged on, and whether its docid is the url. */
  private static Path articles(String collection) {
    return SHARED.resolve(collection.startsWith("zh-") ? "bri-news-zh-dev/articles.jsonl"
        : "bri-news-dev/articles.jsonl");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-news", "zh-news", "en-news-heldout", "zh-news-heldout"})
  void everyJudgementNamesAQueryOnceWithAGradeOfOneToThreeAndEveryQueryHasARelevantArticle(
      String collection) throws IOException {
    List<Topic> topics = topics(collection);
    Set<String> ids = topics.stream().map(Topic::id).collect(Collectors.toSet());
    assertEquals(topics.size(), ids.size(), collection + ": a query id is used twice");
    Qrels qrels = Qrels.read(qrelsFile(collection));
    long lines = Files.readAllLines(qrelsFile(collection), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).count();
    int pairs = qrels.byQuery().values().stream().mapToInt(Map::size).sum();
    assertEquals(lines, pairs, collection + ": a (query, article) pair is judged twice");
    qrels.byQuery().forEach((qid, grades) -> {
      assertTrue(ids.contains(qid), collection + ": qrels query " + qid + " has no query");
      grades.forEach((doc, grade) -> assertTrue(grade >= 1 && grade <= 3,
          collection + ": query " + qid + ", " + doc + " has grade " + grade));
    });
    for (Topic topic : topics) {
      assertTrue(qrels.relevantCount(topic.id()) > 0,
          collection + ": query " + topic.id() + " '" + topic.text() + "' has no relevant article");
    }
  }

  @Test
  void heldOutSetsHaveTheirSizeAndRepeatNoDevelopmentQuery() throws IOException {
    assertTrue(topics("en-news-heldout").size() >= 25);
    assertTrue(topics("zh-news-heldout").size() >= 20);
    for (String language : List.of("en", "zh")) {
      Set<String> development = new HashSet<>();
      topics(language + "-news").forEach(t -> development.add(t.text().toLowerCase(Locale.ROOT)));
      for (Topic topic : topics(language + "-news-heldout")) {
        assertFalse(development.contains(topic.text().toLowerCase(Locale.ROOT)),
            language + "-news-heldout repeats the development query '" + topic.text() + "'");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-news-heldout", "zh-news-heldout"})
  void thePoolHoldsEveryJudgedPairWithTheGradeOfTheQrels(String collection) throws IOException {
    Map<String, Integer> pooled = new HashMap<>();
    for (String line : Files.readAllLines(EVAL.resolve(collection).resolve("pool.tsv"),
        StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      assertEquals(4, parts.length, collection + " pool.tsv: '" + line + "'");
      assertTrue(pooled.put(parts[0] + " " + parts[1], Integer.parseInt(parts[2])) == null,
          collection + " pool.tsv lists twice: '" + line + "'");
      assertFalse(parts[3].isBlank(), collection + " pool.tsv: no source in '" + line + "'");
    }
    Map<String, Integer> relevant = new HashMap<>();
    Qrels.read(qrelsFile(collection)).byQuery().forEach((qid, grades) ->
        grades.forEach((doc, grade) -> relevant.put(qid + " " + doc, grade)));
    Map<String, Integer> pooledRelevant = new HashMap<>(pooled);
    pooledRelevant.values().removeIf(grade -> grade == 0);
    Set<Map.Entry<String, Integer>> notPooled = new HashSet<>(relevant.entrySet());
    notPooled.removeAll(pooledRelevant.entrySet());
    Set<Map.Entry<String, Integer>> notInQrels = new HashSet<>(pooledRelevant.entrySet());
    notInQrels.removeAll(relevant.entrySet());
    assertTrue(notPooled.isEmpty(), collection + ": qrels pairs missing from pool.tsv or graded"
        + " otherwise there: " + notPooled);
    assertTrue(notInQrels.isEmpty(), collection + ": pool.tsv relevant pairs missing from the"
        + " qrels: " + notInQrels);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-news", "zh-news", "en-news-heldout", "zh-news-heldout"})
  void everyJudgedArticleIsAnArticleOfTheSharedFile(String collection) throws IOException {
    Path file = articles(collection);
    Assumptions.assumeTrue(Files.isRegularFile(file), file + " is absent");
    Set<String> ids = CollectionDoc.read(file).stream().map(CollectionDoc::id)
        .collect(Collectors.toSet());
    Qrels.read(qrelsFile(collection)).byQuery().forEach((qid, grades) ->
        grades.keySet().forEach(doc -> assertTrue(ids.contains(doc),
            collection + ": query " + qid + " judges '" + doc + "', not an article of " + file)));
  }
}
