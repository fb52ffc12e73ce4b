package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.brimine.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole product on a small corpus, compared with checked-in expected output: the seed paper
 * (with its metadata) and a Chinese CNKI paper (src/test/resources/papers/zh-cnki-finance.txt)
 * are added with the real CoreNLP pipelines, then {@code search --json}, {@code show --json} and
 * the financial-integration summary (Markdown and JSON) must print exactly what the files under
 * {@code src/test/resources/golden/} hold. Only what truly varies is masked: timings and the
 * temporary folder.
 *
 * <p>When a change is meant to change the output, regenerate the files and review their diff
 * before committing them:
 *
 * <pre>
 * mvn -o test -Dtest=GoldenEndToEndTest -Dbri.golden.update=true -Dtest.heap=-Xmx3g
 * git diff src/test/resources/golden/
 * </pre>
 */
class GoldenEndToEndTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final boolean UPDATE = Boolean.getBoolean("bri.golden.update");
  static final String SEED_ID = ChinesePaperEndToEndTest.SEED_ID;
  static final String ZH_ID = ChinesePaperEndToEndTest.ZH_ID;
  /** "in 1.23 s", "0.4 ms" and the like: how long something took. */
  private static final Pattern TIMING = Pattern.compile(
      "\\b\\d+(?:\\.\\d+)? ?(?:ms|s)\\b");
  @TempDir
  static Path dir;
  static LibraryFixture lib;

  @BeforeAll
  static void addTheSeedAndTheChinesePaper() throws IOException {
    lib = new LibraryFixture(dir);
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Fixtures.SEED, in.resolve("seed.txt"));
    Files.copy(Fixtures.CORPUS.resolve("papers/international-financial-cooperation-strategy-belt-"
        + "and-road.meta.json"), in.resolve("seed.meta.json"));
    Files.copy(ChinesePaperEndToEndTest.ZH_FIXTURE, in.resolve("zh-cnki-finance.txt"));
    CliRun r = lib.run("add", in.resolve("seed.txt").toString(),
        in.resolve("zh-cnki-finance.txt").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(List.of(ZH_ID, SEED_ID), lib.ids("--kind", "paper"));
  }

  /** The output of a command that must succeed, with what varies masked. */
  private static String output(String command, String... args) {
    CliRun r = lib.run(command, args);
    assertEquals(0, r.exitCode(), r.err());
    return mask(r.out());
  }

  static String mask(String text) {
    return TIMING.matcher(text.replace(dir.toString(), "$TMP")).replaceAll("<timing>");
  }

  /** Compares with the golden file, or (with -Dbri.golden.update=true) writes it. */
  private static void assertGolden(String file, String actual) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(golden), golden + " is missing: regenerate the golden files with "
        + "-Dbri.golden.update=true (see this test's javadoc)");
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    assertEquals(expected, actual, "output differs from " + golden + firstDifference(expected,
        actual) + "; if the change is meant, regenerate with -Dbri.golden.update=true");
  }

  private static String firstDifference(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
      String x = i < e.size() ? e.get(i) : "<end>";
      String y = i < a.size() ? a.get(i) : "<end>";
      if (!x.equals(y)) {
        return " at line " + (i + 1) + ":\n  expected: " + x + "\n  actual:   " + y;
      }
    }
    return "";
  }

  @Test
  void searchInEnglishMatchesGolden() throws IOException {
    assertGolden("search-financial-cooperation.json",
        output("search", "--json", "--facets", "financial cooperation"));
  }

  @Test
  void searchInChineseMatchesGolden() throws IOException {
    assertGolden("search-zh-financial-integration.json", output("search", "--json", "资金融通"));
  }

  @Test
  void showOfTheSeedMatchesGolden() throws IOException {
    assertGolden("show-seed.json", output("show", SEED_ID, "--json"));
  }

  @Test
  void showOfTheChinesePaperMatchesGolden() throws IOException {
    assertGolden("show-zh-cnki-finance.json", output("show", ZH_ID, "--json"));
  }

  /** {@code bri summarize}, which reads the index alone. */
  private static String summarize(String... args) {
    List<String> all = new ArrayList<>(List.of("summarize", "--index", lib.index.toString(),
        "--theme", "financial-integration"));
    all.addAll(List.of(args));
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    return mask(r.out());
  }

  @Test
  void themeSummaryAsJsonMatchesGolden() throws IOException {
    assertGolden("summary-financial-integration.json", summarize("--format", "json"));
  }

  @Test
  void themeSummaryAsMarkdownMatchesGolden() throws IOException {
    Path out = Files.createDirectories(dir.resolve("summary")).resolve("fi.md");
    summarize("--format", "md", "--out", out.toString());
    assertGolden("summary-financial-integration.md",
        mask(Files.readString(out, StandardCharsets.UTF_8)));
    List<String> charts = new ArrayList<>();
    try (var files = Files.list(out.getParent())) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted()
          .forEach(charts::add);
    }
    assertEquals(2, charts.size(), "the trend and co-occurrence charts beside it: " + charts);
  }
}
