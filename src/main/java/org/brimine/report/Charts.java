package org.brimine.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.text.DecimalFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** The summaries' charts, drawn with JFreeChart, as SVG for HTML and PNG for Markdown. */
final class Charts {
  static final int WIDTH = 760;
  static final int HEIGHT = 340;
  /** How wide a year's bar is, in years. */
  private static final double BAR_YEARS = 0.8;
  private static final Color BAR = new Color(0x2b, 0x6c, 0xb0);
  private static final Color LINE = new Color(0xd9, 0x5f, 0x0e);
  private static final Font FONT = new Font("SansSerif", Font.PLAIN, 12);
  /** Colours told apart also by colour-blind readers (Okabe and Ito). */
  static final Color[] PALETTE = {new Color(0x00, 0x72, 0xb2),
      new Color(0xd5, 0x5e, 0x00), new Color(0x00, 0x9e, 0x73), new Color(0xcc, 0x79, 0xa7),
      new Color(0x56, 0xb4, 0xe9), new Color(0xe6, 0x9f, 0x00), new Color(0x00, 0x00, 0x00)};

  private Charts() {}

  /**
   * Papers per year as bars, the theme's mean weight as a line on a second axis. Years stand on a
   * continuous axis, so 2015, 2021 and 2022 are drawn six years and one year apart.
   */
  static JFreeChart trend(ThemeSummary s) {
    XYSeries papers = new XYSeries("papers");
    XYSeries weight = new XYSeries("mean weight");
    for (ThemeSummary.YearPoint p : s.trend()) {
      papers.add(p.year(), p.papers());
      weight.add(p.year(), p.meanWeight());
    }
    XYSeriesCollection paperData = new XYSeriesCollection(papers);
    paperData.setIntervalWidth(BAR_YEARS);
    XYBarRenderer bars = new XYBarRenderer();
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setSeriesPaint(0, BAR);
    bars.setShadowVisible(false);
    NumberAxis papersAxis = new NumberAxis("papers");
    papersAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYPlot plot = new XYPlot(paperData, yearAxis(), papersAxis, bars);
    plot.setRangeAxis(1, new NumberAxis("mean weight"));
    plot.setDataset(1, new XYSeriesCollection(weight));
    plot.mapDatasetToRangeAxis(1, 1);
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
    line.setSeriesPaint(0, LINE);
    line.setSeriesStroke(0, new BasicStroke(2f));
    plot.setRenderer(1, line);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    return style(new JFreeChart(s.label() + ": papers and weight per year",
        JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  /**
   * A continuous axis of years: whole-year ticks written without grouping ("2015", not
   * "2,015"), and at least a few years wide, so that a single year is not stretched across.
   */
  private static NumberAxis yearAxis() {
    NumberAxis axis = new NumberAxis("year");
    TickUnits units = new TickUnits();
    DecimalFormat plain = new DecimalFormat("0");
    for (int step : new int[] {1, 2, 5, 10, 20, 50, 100}) {
      units.add(new NumberTickUnit(step, plain));
    }
    axis.setStandardTickUnits(units);
    axis.setAutoRangeIncludesZero(false);
    axis.setAutoRangeMinimumSize(2);
    axis.setLowerMargin(0.04);
    axis.setUpperMargin(0.04);
    return axis;
  }

  /** How many of the theme's papers carry each other theme, as horizontal bars. */
  static JFreeChart cooccurrence(ThemeSummary s) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ThemeSummary.Count c : s.cooccurrence()) {
      data.addValue(c.count(), "papers", c.name());
    }
    JFreeChart chart = ChartFactory.createBarChart(
        "Themes discussed with " + s.label() + " (papers)", null, "papers", data,
        PlotOrientation.HORIZONTAL, false, false, false);
    BarRenderer bars = (BarRenderer) chart.getCategoryPlot().getRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setSeriesPaint(0, BAR);
    bars.setShadowVisible(false);
    ((NumberAxis) chart.getCategoryPlot().getRangeAxis())
        .setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return style(chart);
  }

  /**
   * Papers per year of each connectivity line, one line each, on a continuous year axis; a year
   * between the first and the last without papers of a line is drawn as 0, not bridged.
   */
  static JFreeChart corpusTrend(CorpusSummary c) {
    XYSeriesCollection data = new XYSeriesCollection();
    TreeSet<Integer> years = new TreeSet<>();
    c.lines().forEach(l -> l.trend().forEach(p -> years.add(p.year())));
    for (ThemeSummary line : c.lines()) {
      XYSeries series = new XYSeries(line.label());
      for (int year = years.isEmpty() ? 0 : years.first(); !years.isEmpty()
          && year <= years.last(); year++) {
        int y = year;
        int papers = line.trend().stream().filter(p -> p.year() == y)
            .mapToInt(ThemeSummary.YearPoint::papers).sum();
        series.add(year, papers);
      }
      data.addSeries(series);
    }
    NumberAxis papersAxis = new NumberAxis("papers");
    papersAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < c.lines().size(); i++) {
      lines.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      lines.setSeriesStroke(i, new BasicStroke(2.5f));
    }
    XYPlot plot = new XYPlot(data, yearAxis(), papersAxis, lines);
    return style(new JFreeChart("Papers per year by connectivity line",
        JFreeChart.DEFAULT_TITLE_FONT, plot, true));
  }

  /** A heat map of how many papers carry each pair of connectivity lines. */
  static JFreeChart heatMap(CorpusSummary c) {
    List<ThemeSummary> lines = c.lines();
    int n = lines.size();
    double[][] xyz = new double[3][n * n];
    double max = 1;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        String other = lines.get(j).theme();
        double count = i == j ? lines.get(i).overview().papers()
            : lines.get(i).cooccurrence().stream().filter(k -> k.name().equals(other))
                .mapToInt(ThemeSummary.Count::count).sum();
        xyz[0][i * n + j] = i;
        xyz[1][i * n + j] = j;
        xyz[2][i * n + j] = count;
        max = Math.max(max, count);
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("papers", xyz);
    String[] labels = lines.stream().map(ThemeSummary::label).toArray(String[]::new);
    XYBlockRenderer renderer = new XYBlockRenderer();
    PaintScale scale = new BluePaintScale(max);
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(data, new SymbolAxis(null, labels), new SymbolAxis(null, labels),
        renderer);
    for (int k = 0; k < n * n; k++) {
      XYTextAnnotation label = new XYTextAnnotation(Integer.toString((int) xyz[2][k]),
          xyz[0][k], xyz[1][k]);
      label.setFont(FONT.deriveFont(Font.BOLD, 13f));
      label.setPaint(xyz[2][k] > max * 0.6 ? Color.WHITE : Color.BLACK);
      plot.addAnnotation(label);
    }
    JFreeChart chart = new JFreeChart("Papers carrying both lines (diagonal: the line alone)",
        plot);
    chart.removeLegend();
    NumberAxis scaleAxis = new NumberAxis("papers");
    PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    chart.addSubtitle(legend);
    return style(chart);
  }

  /** A paper's theme profile: each theme's share, as horizontal bars. */
  static JFreeChart profile(List<org.brimine.model.ThemeScore> scores,
      java.util.Map<String, String> labels) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (org.brimine.model.ThemeScore s : scores) {
      data.addValue(100 * s.weight(), "share", labels.getOrDefault(s.theme(), s.theme()));
    }
    JFreeChart chart = ChartFactory.createBarChart("Theme profile (% of theme evidence)", null,
        "%", data, PlotOrientation.HORIZONTAL, false, false, false);
    BarRenderer bars = (BarRenderer) chart.getCategoryPlot().getRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setSeriesPaint(0, BAR);
    bars.setShadowVisible(false);
    return style(chart);
  }

  private static JFreeChart style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(FONT.deriveFont(Font.BOLD, 14f));
    chart.getPlot().setBackgroundPaint(new Color(0xf7, 0xf7, 0xf7));
    // theme labels, entity names and titles may be Chinese
    return ChartFonts.apply(chart);
  }

  /** The chart as an SVG element. */
  static String svg(JFreeChart chart) {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    g2.setFontFunction(ChartFonts::css);
    chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    // A view box and no fixed size, so the chart scales down to a phone's width.
    return g2.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT),
        PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
  }

  /** Writes the chart as a PNG file. */
  static void png(JFreeChart chart, Path file) throws IOException {
    ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
  }

  /** White to dark blue over [0, max]. */
  private record BluePaintScale(double max) implements PaintScale {
    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return max;
    }

    @Override
    public java.awt.Paint getPaint(double value) {
      double t = Math.max(0, Math.min(1, value / max));
      return new Color((int) (255 - t * (255 - 0x1f)), (int) (255 - t * (255 - 0x4e)),
          (int) (255 - t * (255 - 0x8c)));
    }
  }
}
