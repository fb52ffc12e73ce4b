package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.brimine.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gazetteer file and its matcher, on sentences written for the test
 * ({@code src/test/resources/annotate/gazetteer-cases.tsv}), tokenized as the pipeline does.
 */
class GazetteerTest {
  private static StanfordCoreNLP tokenizer;
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    tokenizer = new StanfordCoreNLP(PipelineProperties.tokenizeOnly());
    gazetteer = Gazetteer.load();
  }

  /** The names found in a text, tokenized as the pipeline does. */
  private static List<Gazetteer.Match> find(String text) {
    return gazetteer.find(text, 0, CoreNlp.tokenize(tokenizer, text));
  }

  static Stream<Arguments> cases() {
    return Fixtures.resource("annotate/gazetteer-cases.tsv").lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t", -1))
        .map(cols -> Arguments.of(cols[0].replace("\\n", "\n"), cols.length > 1 ? cols[1] : ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsTheExpectedNames(String sentence, String expected) {
    String found = find(sentence).stream()
        .map(m -> m.entry().canonical() + "|" + m.entry().type())
        .collect(Collectors.joining(";"));
    assertEquals(expected, found);
  }

  @Test
  void hasAtLeast150EntriesCoveringEveryDomainType() {
    assertTrue(gazetteer.entries().size() >= 150, "entries: " + gazetteer.entries().size());
    Map<String, Long> byType = gazetteer.entries().stream()
        .collect(Collectors.groupingBy(GazetteerEntry::type, Collectors.counting()));
    for (String type : List.of("INITIATIVE", "FIN_INSTITUTION", "REGIONAL_ORG", "AGREEMENT",
        "CURRENCY", "PROJECT", "COUNTRY")) {
      assertTrue(byType.getOrDefault(type, 0L) >= 10, type + ": " + byType.get(type));
    }
  }

  @Test
  void everyNameFindsItsOwnEntry() {
    List<String> failures = new ArrayList<>();
    for (GazetteerEntry entry : gazetteer.entries()) {
      List<String> names = new ArrayList<>(entry.plainAliases());
      names.add(entry.canonical());
      for (String name : names) {
        List<Gazetteer.Match> found = find(name);
        if (found.size() != 1 || !found.get(0).entry().equals(entry)) {
          failures.add(name + " -> " + found.stream().map(m -> m.entry().canonical()).toList());
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void normalisesTheAliasesTheIssueNames() {
    Map<String, String> canonical = Map.of(
        "AIIB", "Asian Infrastructure Investment Bank",
        "BRICS Development Bank", "New Development Bank",
        "RMB", "renminbi",
        "Burma", "Myanmar",
        "US", "United States",
        "the United States", "United States");
    canonical.forEach((alias, name) -> assertEquals(List.of(name),
        find(alias).stream()
            .map(m -> m.entry().canonical()).toList(), alias));
  }

  @Test
  void refusesANameGivenToTwoEntities() {
    String file = "canonical\ttype\taliases\nAlpha Bank\tFIN_INSTITUTION\tAB\n"
        + "Beta Board\tORGANIZATION\tab\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.parse(new BufferedReader(new StringReader(file)), tokenizer));
    assertTrue(e.getMessage().contains("'ab' is given to both 'Alpha Bank' and 'Beta Board'"),
        e.getMessage());
  }

  @Test
  void refusesAnUnknownType() {
    String file = "Alpha Bank\tBANK\tAB\n";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.parse(new BufferedReader(new StringReader(file)), tokenizer));
    assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("'Alpha Bank\tBANK\tAB'"),
        e.getMessage());
  }

  @Test
  void matchesCaseSensitiveAliasesOnlyInTheirCase() {
    Function<String, List<String>> find = s -> find(s)
        .stream().map(m -> m.entry().canonical()).toList();
    assertEquals(List.of("United States"), find.apply("Trade with the US grew."));
    assertEquals(List.of(), find.apply("Let us build the road together."));
    assertEquals(Arrays.asList("Asian Infrastructure Investment Bank"),
        find.apply("the aiib's loans"));
  }

  @Test
  void findsChineseNamesByCharacterWithTheirEnglishCanonicals() {
    String text = "亚投行和丝路基金支持中老铁路，老挝与中国签署协议。";
    assertEquals(List.of("亚投行 Asian Infrastructure Investment Bank FIN_INSTITUTION",
        "丝路基金 Silk Road Fund FIN_INSTITUTION", "中老铁路 China-Laos Railway PROJECT",
        "老挝 Laos COUNTRY", "中国 China COUNTRY"),
        find(text).stream().map(m -> text.substring(m.start(), m.end()) + " "
            + m.entry().canonical() + " " + m.entry().type()).toList());
  }

  @Test
  void prefersTheLongestChineseName() {
    String text = "亚洲基础设施投资银行在亚洲";
    assertEquals(List.of("0-10 Asian Infrastructure Investment Bank", "11-13 Asia"),
        find(text).stream().map(m -> m.start() + "-" + m.end() + " " + m.entry().canonical())
            .toList());
  }

  @Test
  void findsTheChineseAbbreviationsOfTheIssue() {
    Map<String, String> canonical = Map.of(
        "中欧班列", "China-Europe Railway Express",
        "国开行", "China Development Bank",
        "进出口银行", "Export-Import Bank of China",
        "上合组织", "Shanghai Cooperation Organisation",
        "中巴经济走廊", "China-Pakistan Economic Corridor",
        "人民币", "renminbi",
        "东盟", "Association of Southeast Asian Nations");
    canonical.forEach((alias, name) -> assertEquals(List.of(name),
        find("他说" + alias + "很重要").stream().map(m -> m.entry().canonical()).toList(), alias));
  }

  @Test
  void aWordListedAsNotANameHidesTheNameInsideIt() {
    assertEquals(List.of(), find("发展中国家的基础设施"));
  }
}
