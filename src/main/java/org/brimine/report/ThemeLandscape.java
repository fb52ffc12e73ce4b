package org.brimine.report;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.brimine.maps.BurstField;
import org.brimine.maps.BurstReport;
import org.brimine.maps.Bursts;
import org.brimine.maps.MapBuilder;
import org.brimine.maps.MapKind;
import org.brimine.maps.MapSettings;
import org.brimine.maps.ScienceMap;
import org.brimine.search.TraitTable;

/** The keyword map and keyword bursts of a theme summary: the landscape of the theme's papers. */
final class ThemeLandscape {
  /**
   * The fewest papers a keyword map is drawn of: below it, co-occurrence counts of 1 or 2 papers
   * say nothing about the field, and a map would only draw one paper's keyphrases as a clique.
   */
  public static final int MAP_MIN_PAPERS = 5;
  /** The keywords a summary's map shows: those in the most of the theme's papers. */
  public static final int MAP_NODES = 40;
  /** The strongest bursts a summary lists. */
  public static final int BURSTS = 15;
  /** What the keyword map and the keyword bursts read of each paper. */
  static final Set<TraitTable.Trait> TRAITS = union(MapKind.KEYWORDS.traits(),
      BurstField.KEYWORD.traits());

  private ThemeLandscape() {}

  /**
   * The keyword co-occurrence map of the theme's papers, clustered; null when they are fewer
   * than {@link #MAP_MIN_PAPERS}. Keywords rather than themes: the theme map would only redraw the
   * co-occurring themes as a graph of a dozen nodes, where keywords show what the theme's
   * literature is made of, grouped into its topics.
   */
  static ScienceMap map(TraitTable papers) throws IOException {
    if (papers.size() < MAP_MIN_PAPERS) {
      return null;
    }
    return new MapBuilder(ids -> Map.of()).build(MapKind.KEYWORDS, papers,
        new MapSettings(MAP_NODES, 1, false, MapSettings.SEED));
  }

  /** The strongest keyword bursts over the years of the theme's papers. */
  static BurstReport bursts(TraitTable papers) {
    BurstReport all = new Bursts().find(BurstField.KEYWORD, papers);
    return new BurstReport(all.field(), all.bursts().subList(0, Math.min(BURSTS,
        all.bursts().size())));
  }

  private static Set<TraitTable.Trait> union(Set<TraitTable.Trait> a, Set<TraitTable.Trait> b) {
    Set<TraitTable.Trait> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
