package org.brimine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.brimine.model.ThemeScore;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts draw Chinese labels in an installed font that has Chinese glyphs. */
class ChartFontsTest {
  private static final String LABEL = "资金融通 financial integration";
  private static final Map<String, String> LABELS =
      Map.of("financial-integration", LABEL, "facilities-connectivity", "设施联通");
  private static final List<ThemeScore> SCORES = List.of(
      new ThemeScore("financial-integration", 0.6, 3),
      new ThemeScore("facilities-connectivity", 0.4, 2));

  @TempDir
  Path dir;

  /** Whether a family, not one of the JDK's logical ones, that draws Chinese is installed. */
  private static boolean chineseFontInstalled() {
    return Arrays.stream(GraphicsEnvironment.getLocalGraphicsEnvironment()
            .getAvailableFontFamilyNames(Locale.ROOT))
        .filter(f -> !Set.of("Dialog", "DialogInput", "Serif", "SansSerif", "Monospaced")
            .contains(f))
        .anyMatch(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo(ChartFonts.SAMPLE) == -1);
  }

  /** Where CI runs the tests, .ci/run has installed fonts-noto-cjk: the font must be there. */
  private static void assumeAChineseFont() {
    assumeTrue(chineseFontInstalled() || "true".equals(System.getenv("CI")),
        "no font with Chinese glyphs is installed (Debian: apt-get install fonts-noto-cjk)");
  }

  @Test
  void prefersNotoSansCjkScThenAnyInstalledFamilyThatShowsChinese() {
    Set<String> chinese = Set.of("Noto Sans CJK JP", "Noto Sans CJK SC", "AR PL UMing CN",
        "SansSerif");
    assertEquals("Noto Sans CJK SC", ChartFonts.choose(
        List.of("DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK SC"), chinese::contains));
    assertEquals("AR PL UMing CN", ChartFonts.choose(
        List.of("DejaVu Sans", "SansSerif", "AR PL UMing CN"), chinese::contains),
        "a logical family shows Chinese only through the system's fallback fonts");
    assertEquals(ChartFonts.DEFAULT, ChartFonts.choose(
        List.of("DejaVu Sans", "SansSerif"), chinese::contains));
  }

  @Test
  void everyTextOfAChartIsInTheChineseFont() {
    assumeAChineseFont();
    assertNotEquals(ChartFonts.DEFAULT, ChartFonts.FAMILY);
    JFreeChart chart = Charts.profile(SCORES, LABELS);
    CategoryPlot plot = chart.getCategoryPlot();
    List<Font> fonts = new ArrayList<>(List.of(chart.getTitle().getFont(),
        plot.getDomainAxis().getTickLabelFont(), plot.getDomainAxis().getLabelFont(),
        plot.getRangeAxis().getTickLabelFont(), plot.getRangeAxis().getLabelFont()));
    for (Font font : fonts) {
      assertEquals(ChartFonts.FAMILY, font.getFamily(Locale.ROOT), font.toString());
      assertEquals(-1, font.canDisplayUpTo(LABEL), font.toString());
    }
  }

  @Test
  void theChosenFontHasAGlyphForEveryCharacterOfAChineseLabel() throws IOException {
    assumeAChineseFont();
    Font font = ChartFonts.of(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    GlyphVector glyphs = font.createGlyphVector(new FontRenderContext(null, true, true), LABEL);
    for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
      assertNotEquals(font.getMissingGlyphCode(), glyphs.getGlyphCode(i), "glyph " + i);
    }
    Path png = dir.resolve("profile.png");
    Charts.png(Charts.profile(SCORES, LABELS), png);
    assertTrue(Files.size(png) > 0);
  }

  @Test
  void svgTextNamesTheFontAndFallsBackToSansSerif() {
    String svg = ProfileChart.svg(SCORES, LABELS);
    assertTrue(svg.contains("设施联通"), "the label is text in the SVG");
    assertTrue(svg.contains("font-family: " + ChartFonts.css(ChartFonts.FAMILY) + ";"), svg);
    assertEquals("\"Noto Sans CJK SC\", sans-serif", ChartFonts.css("Noto Sans CJK SC"));
    assertEquals("sans-serif", ChartFonts.css(ChartFonts.DEFAULT));
  }
}
