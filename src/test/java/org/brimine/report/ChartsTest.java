package org.brimine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brimine.maps.BurstReport;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The trend charts put years where they fall on a continuous axis, gaps included. */
class ChartsTest {
  private static final List<Integer> YEARS = List.of(2015, 2021, 2022);

  private static ThemeSummary summary(String theme, String label) {
    List<ThemeSummary.YearPoint> trend = new ArrayList<>();
    for (int year : YEARS) {
      trend.add(new ThemeSummary.YearPoint(year, 1 + year % 3, 0.25));
    }
    return new ThemeSummary(theme, label, "", null, null, new ThemeSummary.Overview(3, 3, 1.0),
        List.of(), List.of(), Map.of(), List.of(), trend, List.of(), List.of(), null,
        new BurstReport("keyword", List.of()));
  }

  @Test
  void themeTrendPlacesYearsInProportionToTheirDistance() {
    assertProportional(Charts.trend(summary("financial-integration", "Financial integration")));
  }

  @Test
  void corpusTrendPlacesYearsInProportionToTheirDistance() {
    CorpusSummary corpus = new CorpusSummary(null, null, 3,
        List.of(summary("policy-coordination", "Policy coordination"),
            summary("unimpeded-trade", "Unimpeded trade")));
    assertProportional(Charts.corpusTrend(corpus));
  }

  @Test
  void corpusTrendDrawsAYearWithoutPapersAsZero() {
    XYDataset data = Charts.corpusTrend(new CorpusSummary(null, null, 3,
        List.of(summary("policy-coordination", "Policy coordination")))).getXYPlot().getDataset();
    assertEquals(8, data.getItemCount(0), "2015 to 2022");
    assertEquals(2016, data.getXValue(0, 1));
    assertEquals(0, data.getYValue(0, 1));
  }

  @Test
  void yearAxisTicksAreWholeYears() {
    XYPlot plot = Charts.trend(summary("financial-integration", "Financial integration"))
        .getXYPlot();
    NumberAxis axis = (NumberAxis) plot.getDomainAxis();
    assertEquals(0, axis.getTickUnit().getSize() % 1.0, 1e-9, "tick unit " + axis.getTickUnit());
    assertTrue(axis.getRange().contains(2015) && axis.getRange().contains(2022),
        axis.getRange().toString());
  }

  /** The gap 2015-2021 is six times the gap 2021-2022, where the chart draws them. */
  private static void assertProportional(JFreeChart chart) {
    Map<Integer, Double> x = xOfYears(chart);
    assertEquals(YEARS, List.copyOf(x.keySet()));
    double early = x.get(2021) - x.get(2015);
    double late = x.get(2022) - x.get(2021);
    assertTrue(late > 0, "2022 is drawn right of 2021: " + x);
    assertEquals(6.0, early / late, 0.01, "x positions " + x);
  }

  /** Where the chart, drawn at its size, puts each year along its domain axis. */
  private static Map<Integer, Double> xOfYears(JFreeChart chart) {
    ChartRenderingInfo info = new ChartRenderingInfo();
    BufferedImage image = new BufferedImage(Charts.WIDTH, Charts.HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    chart.draw(g2, new Rectangle2D.Double(0, 0, Charts.WIDTH, Charts.HEIGHT), info);
    g2.dispose();
    Rectangle2D area = info.getPlotInfo().getDataArea();
    Map<Integer, Double> x = new LinkedHashMap<>();
    if (chart.getPlot() instanceof CategoryPlot plot) {
      List<?> keys = plot.getCategories();
      for (Object key : keys) {
        x.put(Integer.parseInt(key.toString()), plot.getDomainAxis().getCategoryMiddle(
            (Comparable<?>) key, plot.getCategories(), area, RectangleEdge.BOTTOM));
      }
      return x;
    }
    XYPlot plot = chart.getXYPlot();
    ValueAxis axis = plot.getDomainAxis();
    XYDataset data = plot.getDataset();
    for (int i = 0; i < data.getItemCount(0); i++) {
      double year = data.getXValue(0, i);
      if (YEARS.contains((int) year)) {
        x.put((int) year, axis.valueToJava2D(year, area, RectangleEdge.BOTTOM));
      }
    }
    return x;
  }
}
