package org.brimine.report;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.brimine.maps.MapLayout;
import org.brimine.maps.MapSettings;
import org.brimine.maps.ScienceMap;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Draws a science map as a static picture, as VOSviewer's network view does: nodes where the VOS
 * layout ({@link MapLayout}) puts them, sized by weight (area in proportion to it), coloured by
 * cluster, the strongest links beneath them, labels on the largest, and a legend of the clusters
 * with their labels. SVG for HTML (each node with its name and cluster as a tooltip), PNG for
 * Markdown. The layout is seeded, so the same map is drawn the same way.
 */
final class MapChart {
  static final int WIDTH = 760;
  static final int HEIGHT = 600;
  /** How many of the largest nodes are labelled. */
  static final int LABELS = 15;
  /** How many of the strongest links are drawn. */
  static final int LINKS = 150;
  /** How many clusters have a colour of their own and a line in the legend; others are grey. */
  static final int COLOURED = Charts.PALETTE.length;
  private static final Color OTHER = new Color(0x99, 0x99, 0x99);
  private static final Color TEXT = new Color(0x1a, 0x20, 0x2c);
  private static final Font FONT = ChartFonts.of(new Font("SansSerif", Font.PLAIN, 12));
  private static final double MIN_RADIUS = 3;
  private static final double MAX_RADIUS = 18;
  private static final int TOP = 36;
  private static final int SIDE = 24;
  private static final int LEGEND_LINE = 18;

  private MapChart() {}

  /** The map as an SVG element that scales to its container. */
  static String svg(ScienceMap map, String title) {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    g2.setFontFunction(ChartFonts::css);
    // ids of definitions are made of the clock unless a prefix is given: the same map, the same SVG
    g2.setDefsKeyPrefix("map");
    draw(g2, map, title, true);
    return g2.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT),
        PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET);
  }

  /** Writes the map as a PNG file. */
  static void png(ScienceMap map, String title, Path file) throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      draw(g2, map, title, false);
    } finally {
      g2.dispose();
    }
    if (!ImageIO.write(image, "png", file.toFile())) {
      throw new IOException("no PNG writer for " + file);
    }
  }

  /** The title of a summary's keyword map. */
  static String title(ScienceMap map) {
    return "Keywords of the theme's papers: " + map.nodes().size() + " keywords, "
        + map.clusters().size() + (map.clusters().size() == 1 ? " cluster" : " clusters");
  }

  /** Whether a summary has a map to draw: one with at least one link. */
  static boolean drawn(ThemeSummary s) {
    return s.map() != null && !s.map().edges().isEmpty();
  }

  /** What a summary says in place of its map, or under it. */
  static String caption(ThemeSummary s) {
    ScienceMap map = s.map();
    if (map == null) {
      return "Too few papers for a map: " + s.overview().papers() + " of the theme's papers "
          + "are in scope, and a map needs at least " + ThemeLandscape.MAP_MIN_PAPERS + ".";
    }
    if (map.edges().isEmpty()) {
      return "No map: no two keywords of the theme's " + s.overview().papers()
          + " papers occur in the same paper.";
    }
    return String.format(Locale.ROOT, "The %d keywords found in the most of the theme's %d "
        + "papers, placed by the VOS layout; two are linked when a paper has both (the %d "
        + "strongest of %d links drawn). Size: papers; colour: Leiden cluster, labelled by its "
        + "most distinctive keyphrases (modularity %.3f, mean silhouette %.3f).",
        map.nodes().size(), s.overview().papers(), Math.min(LINKS, map.edges().size()),
        map.edges().size(), map.modularity(), map.silhouette());
  }

  /** The colour of a cluster (ids from 1). */
  static Color colour(int cluster) {
    return cluster >= 1 && cluster <= COLOURED ? Charts.PALETTE[cluster - 1] : OTHER;
  }

  private static void draw(Graphics2D g2, ScienceMap map, String title, boolean tooltips) {
    g2.setColor(Color.WHITE);
    g2.fillRect(0, 0, WIDTH, HEIGHT);
    g2.setColor(TEXT);
    g2.setFont(FONT.deriveFont(Font.BOLD, 14f));
    g2.drawString(title, SIDE, 22);
    List<ScienceMap.Cluster> legend = map.clusters().subList(0,
        Math.min(COLOURED, map.clusters().size()));
    int bottom = HEIGHT - 12 - LEGEND_LINE * legend.size();
    List<double[]> at = place(new MapLayout(MapSettings.SEED).place(map), bottom);
    Map<String, Integer> index = new HashMap<>();
    int maxWeight = 1;
    for (ScienceMap.Node node : map.nodes()) {
      index.put(node.id(), index.size());
      maxWeight = Math.max(maxWeight, node.weight());
    }
    links(g2, map, index, at);
    for (int i = 0; i < map.nodes().size(); i++) {
      ScienceMap.Node node = map.nodes().get(i);
      double r = radius(node.weight(), maxWeight);
      if (tooltips) {
        g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, node.label() + " (" + node.weight()
            + " papers, cluster " + node.cluster() + ")");
      }
      Ellipse2D dot = new Ellipse2D.Double(at.get(i)[0] - r, at.get(i)[1] - r, 2 * r, 2 * r);
      g2.setColor(colour(node.cluster()));
      g2.fill(dot);
      g2.setColor(Color.WHITE);
      g2.setStroke(new BasicStroke(1f));
      g2.draw(dot);
    }
    labels(g2, map, at, maxWeight);
    g2.setFont(FONT);
    for (int c = 0; c < legend.size(); c++) {
      ScienceMap.Cluster cluster = legend.get(c);
      int y = bottom + 12 + LEGEND_LINE * c;
      g2.setColor(colour(cluster.id()));
      g2.fill(new Ellipse2D.Double(SIDE, y - 9, 10, 10));
      g2.setColor(TEXT);
      g2.drawString(String.format(Locale.ROOT, "cluster %d (%d): %s", cluster.id(),
          cluster.size(), cluster.label().isEmpty() ? "-" : cluster.label()), SIDE + 16, y);
    }
  }

  /** The layout's points scaled into the drawing area above the legend, y pointing down. */
  private static List<double[]> place(List<MapLayout.Point> points, int bottom) {
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (MapLayout.Point p : points) {
      minX = Math.min(minX, p.x());
      maxX = Math.max(maxX, p.x());
      minY = Math.min(minY, p.y());
      maxY = Math.max(maxY, p.y());
    }
    double left = SIDE + MAX_RADIUS;
    double right = WIDTH - SIDE - MAX_RADIUS;
    double top = TOP + MAX_RADIUS;
    double low = bottom - MAX_RADIUS;
    double spanX = Math.max(maxX - minX, 1e-9);
    double spanY = Math.max(maxY - minY, 1e-9);
    double scale = Math.min((right - left) / spanX, (low - top) / spanY);
    double offsetX = (left + right - scale * (minX + maxX)) / 2;
    double offsetY = (top + low + scale * (minY + maxY)) / 2;
    List<double[]> at = new ArrayList<>();
    for (MapLayout.Point p : points) {
      at.add(new double[] {offsetX + scale * p.x(), offsetY - scale * p.y()});
    }
    return at;
  }

  private static double radius(int weight, int maxWeight) {
    return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt((double) weight / maxWeight);
  }

  /** The strongest links, lighter and thinner the weaker, in the colour of a shared cluster. */
  private static void links(Graphics2D g2, ScienceMap map, Map<String, Integer> index,
      List<double[]> at) {
    List<ScienceMap.Edge> strongest = new ArrayList<>(map.edges());
    strongest.sort(Comparator.comparingDouble((ScienceMap.Edge e) -> -e.weight())
        .thenComparing(ScienceMap.Edge::source).thenComparing(ScienceMap.Edge::target));
    strongest = strongest.subList(0, Math.min(LINKS, strongest.size()));
    double max = strongest.isEmpty() ? 1 : strongest.get(0).weight();
    Composite opaque = g2.getComposite();
    g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f));
    for (int k = strongest.size() - 1; k >= 0; k--) {
      ScienceMap.Edge edge = strongest.get(k);
      int s = index.get(edge.source());
      int t = index.get(edge.target());
      int cs = map.nodes().get(s).cluster();
      g2.setColor(cs == map.nodes().get(t).cluster() ? colour(cs) : OTHER);
      g2.setStroke(new BasicStroke((float) (0.5 + 2.5 * edge.weight() / max)));
      g2.draw(new Line2D.Double(at.get(s)[0], at.get(s)[1], at.get(t)[0], at.get(t)[1]));
    }
    g2.setComposite(opaque);
  }

  /** Labels of the largest nodes, beside them, skipping one that would cover a placed label. */
  private static void labels(Graphics2D g2, ScienceMap map, List<double[]> at, int maxWeight) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < map.nodes().size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt((Integer i) -> -map.nodes().get(i).weight())
        .thenComparing(i -> map.nodes().get(i).id()));
    List<Rectangle2D> placed = new ArrayList<>();
    Set<Integer> labelled = new HashSet<>();
    for (int i : order) {
      if (labelled.size() == LABELS) {
        break;
      }
      ScienceMap.Node node = map.nodes().get(i);
      float size = (float) (11 + 3 * Math.sqrt((double) node.weight() / maxWeight));
      g2.setFont(FONT.deriveFont(size));
      FontMetrics metrics = g2.getFontMetrics();
      double r = radius(node.weight(), maxWeight);
      double x = Math.min(at.get(i)[0] + r + 2, WIDTH - 4 - metrics.stringWidth(node.label()));
      double y = at.get(i)[1] + metrics.getAscent() / 2.0 - 1;
      Rectangle2D box = new Rectangle2D.Double(x,
          y - metrics.getAscent(), metrics.stringWidth(node.label()), metrics.getHeight());
      if (placed.stream().noneMatch(box::intersects)) {
        placed.add(box);
        labelled.add(i);
        g2.setColor(TEXT);
        g2.drawString(node.label(), (float) x, (float) y);
      }
    }
  }
}
