package org.brimine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names in the corpus: slugs are readable and fit in a file name whatever the title, and a slug's
 * numbered copies are listed after it in the order they were written.
 */
class CorpusNamesTest {
  @TempDir
  Path corpus;

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @ParameterizedTest
  @CsvSource({
      "'Ports on the Maritime Silk Road', ports-on-the-maritime-silk-road",
      "'Économie des routes', economie-des-routes",
      "'《》', document"})
  void makesASlugOfTheAsciiWords(String title, String slug) {
    assertEquals(slug, CorpusWriter.slug(title));
  }

  @ParameterizedTest
  @CsvSource({
      "'一带一路', yi-dai-yi-lu",
      "'“一带一路”倡议下亚投行的发展研究：以基础设施融资为例', "
          + "yi-dai-yi-lu-chang-yi-xia-ya-tou-xing-de-fa",
      "'一带一路倡议下的RCEP与中国—东盟合作', yi-dai-yi-lu-chang-yi-xia-de-rcep-yu-zhong-guo",
      "'Économie du 一带一路', economie-du-yi-dai-yi-lu"})
  void romanisesAChineseTitleIntoTwelveWords(String title, String slug) {
    assertEquals(slug, CorpusWriter.slug(title));
  }

  @Test
  void cutsAWordOfThreeHundredBytes() {
    String slug = CorpusWriter.slug("Ports " + "a".repeat(300));
    assertEquals(CorpusWriter.SLUG_MAX_BYTES, bytes(slug), slug);
    assertTrue(slug.startsWith("ports-aaaa"), slug);
  }

  @Test
  void cutsLongWordsAtAWordEnd() {
    String slug = CorpusWriter.slug(("corridor".repeat(9) + " ").repeat(8));
    assertTrue(bytes(slug) <= CorpusWriter.SLUG_MAX_BYTES, slug);
    assertTrue(slug.endsWith("corridor"), slug);
  }

  @Test
  void boundsTheSlugOfALongChineseTitleInBytes() {
    String slug = CorpusWriter.slug("一带一路倡议下中国与中亚国家 BRI 金融合作 Research ".repeat(40));
    assertTrue(bytes(slug) <= CorpusWriter.SLUG_MAX_BYTES, slug);
    assertTrue(slug.startsWith("yi-dai-yi-lu-"), slug);
  }

  @Test
  void listsASlugBeforeItsNumberedCopiesInNumberOrder() throws IOException {
    Path papers = Files.createDirectories(corpus.resolve("papers"));
    List<String> names = List.of("x-ray.txt", "x-10.txt", "x-2.txt", "x.txt", "w.pdf", "x.pdf");
    for (String name : names) {
      Files.writeString(papers.resolve(name), name);
    }
    List<String> listed = new CorpusReader(IngestLimits.DEFAULT).documents(corpus).stream()
        .map(p -> p.getFileName().toString()).toList();
    assertEquals(List.of("w.pdf", "x.pdf", "x.txt", "x-2.txt", "x-10.txt", "x-ray.txt"), listed);
  }
}
