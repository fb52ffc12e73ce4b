package org.brimine.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * The font of the charts' text: an installed family that has Chinese glyphs, so that Chinese
 * theme labels, entity names and titles are drawn as characters, not as boxes.
 *
 * <p>NOTE: the family is chosen once, from the fonts installed when the class loads (on Debian,
 * {@code fonts-noto-cjk}; {@code .ci/run} installs it). Without one, the charts keep the JDK's
 * sans-serif, whose fallback fonts may or may not cover Chinese.
 */
final class ChartFonts {
  /** Chinese text a family must draw whole to be chosen. */
  static final String SAMPLE = "一带一路资金融通设施联通";
  /** The JDK's own family, used when no installed family draws Chinese. */
  static final String DEFAULT = Font.SANS_SERIF;
  /** Families drawing Chinese, best first: simplified Chinese, sans-serif, as the pages use. */
  static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC",
      "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
      "Droid Sans Fallback");
  /**
   * The JDK's logical families: they draw Chinese only through fallback fonts of the system, so
   * that their answer to "can you display" says nothing about the font itself.
   */
  private static final Set<String> LOGICAL = Set.of("dialog", "dialoginput", "serif",
      "sansserif", "monospaced");
  /** The family the charts use. */
  static final String FAMILY = choose(
      Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment()
          .getAvailableFontFamilyNames(Locale.ROOT)),
      family -> new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1);

  private ChartFonts() {}

  /**
   * The family to draw with: the first {@link #PREFERRED} one installed that shows Chinese, else
   * the first other installed family (not a logical one) that does, else {@link #DEFAULT}.
   */
  static String choose(List<String> installed, Predicate<String> showsChinese) {
    for (String family : PREFERRED) {
      if (installed.contains(family) && showsChinese.test(family)) {
        return family;
      }
    }
    return installed.stream()
        .filter(f -> !LOGICAL.contains(f.toLowerCase(Locale.ROOT)) && showsChinese.test(f))
        .findFirst().orElse(DEFAULT);
  }

  /** A font of the chart family with the style and size of {@code like}. */
  static Font of(Font like) {
    return new Font(FAMILY, like.getStyle(), like.getSize());
  }

  /** The CSS {@code font-family} of a family in an SVG, with the generic family to fall back to. */
  static String css(String family) {
    return family.equals(DEFAULT) || LOGICAL.contains(family.toLowerCase(Locale.ROOT))
        ? "sans-serif" : "\"" + family + "\", sans-serif";
  }

  /**
   * Sets the chart family on every text of the chart (titles, legends, axes, annotations),
   * keeping each text's style and size, and returns the chart.
   */
  static JFreeChart apply(JFreeChart chart) {
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(of(chart.getTitle().getFont()));
    }
    for (Object o : chart.getSubtitles()) {
      Title title = (Title) o;
      if (title instanceof TextTitle t) {
        t.setFont(of(t.getFont()));
      } else if (title instanceof LegendTitle legend) {
        legend.setItemFont(of(legend.getItemFont()));
      } else if (title instanceof PaintScaleLegend scale) {
        axis(scale.getAxis());
      }
    }
    Plot plot = chart.getPlot();
    if (plot instanceof CategoryPlot p) {
      for (int i = 0; i < p.getDomainAxisCount(); i++) {
        axis(p.getDomainAxis(i));
      }
      for (int i = 0; i < p.getRangeAxisCount(); i++) {
        axis(p.getRangeAxis(i));
      }
    } else if (plot instanceof XYPlot p) {
      for (int i = 0; i < p.getDomainAxisCount(); i++) {
        axis(p.getDomainAxis(i));
      }
      for (int i = 0; i < p.getRangeAxisCount(); i++) {
        axis(p.getRangeAxis(i));
      }
      for (XYAnnotation a : p.getAnnotations()) {
        if (a instanceof XYTextAnnotation text) {
          text.setFont(of(text.getFont()));
        }
      }
    }
    return chart;
  }

  private static void axis(Axis axis) {
    if (axis != null) {
      axis.setLabelFont(of(axis.getLabelFont()));
      axis.setTickLabelFont(of(axis.getTickLabelFont()));
    }
  }
}
