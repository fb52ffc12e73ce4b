package org.brimine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.brimine.library.SummaryQuery;
import org.brimine.maps.MapBuilder;
import org.brimine.maps.MapFiles;
import org.brimine.maps.MapFormat;
import org.brimine.maps.MapKind;
import org.brimine.maps.MapSettings;
import org.brimine.maps.ScienceMap;
import org.brimine.search.PaperTraitsReader;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;
import org.brimine.search.TraitTable;
import org.brimine.themes.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bri map KIND}: a science map of the papers a query finds, written for graph tools. */
@Command(name = "map", mixinStandardHelpOptions = true,
    description = "Map the papers a query finds as a network: cocitation (references cited "
        + "together), coupling (papers sharing references), coauthor, countries, keywords, "
        + "entities or themes; cluster it (Leiden) and write JSON, GraphML, VOSviewer or Pajek.")
final class MapCommand implements Callable<Integer> {
  @Mixin
  IndexLocation index;

  @Parameters(index = "0", paramLabel = "KIND",
      description = "cocitation, coupling, coauthor, countries, keywords, entities or themes")
  String kind;

  @Option(names = "--query", paramLabel = "Q", description = "only papers matching Q")
  String query;

  @Option(names = "--years", paramLabel = "A-B", description = "only papers of these years")
  String years;

  @Option(names = "--top", paramLabel = "N", defaultValue = "100",
      description = "the N nodes found in the most papers (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--min-weight", paramLabel = "W", defaultValue = "1",
      description = "drop links counted fewer than W times (default: ${DEFAULT-VALUE})")
  double minWeight;

  @Option(names = "--normalize", paramLabel = "HOW", defaultValue = "none",
      description = "link weights: none (counts) or association (association strength, as "
          + "VOSviewer; default: ${DEFAULT-VALUE})")
  String normalize;

  @Option(names = "--seed", defaultValue = "42",
      description = "seed of the clustering's random starts (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--format", required = true, description = "json, graphml, vosviewer or pajek")
  String format;

  @Option(names = "--out", paramLabel = "FILE", required = true,
      description = "the file to write (vosviewer: the map file; the network file goes beside it)")
  Path out;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    MapKind mapKind;
    MapFormat mapFormat;
    MapSettings settings;
    SearchFilters scope;
    try {
      mapKind = MapKind.of(kind);
      mapFormat = MapFormat.of(format);
      if (!List.of("none", "association").contains(normalize)) {
        throw new IllegalArgumentException("--normalize must be none or association, got '"
            + normalize + "'");
      }
      settings = new MapSettings(top, minWeight, normalize.equals("association"), seed);
      scope = SummaryQuery.of(years);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    ScienceMap map;
    int papers;
    String read;
    try (RecordSearcher searcher = RecordSearcher.open(index.lucene(), Ranking.DEFAULT,
        Taxonomy.load().ids())) {
      PaperTraitsReader reader = searcher.paperTraits();
      TraitTable traits = reader.table(query, scope, mapKind.traits());
      papers = traits.size();
      read = Timing.seconds(started);
      map = new MapBuilder(reader::titles).build(mapKind, traits, settings);
    }
    List<Path> written = new MapFiles().write(map, mapFormat, out);
    spec.commandLine().getErr().printf(java.util.Locale.ROOT,
        "map: %s of %d papers: %d nodes, %d links, %d clusters (modularity %.3f, silhouette "
            + "%.3f) to %s in %s (papers read in %s)%n", mapKind.label(), papers,
        map.nodes().size(), map.edges().size(), map.clusters().size(), map.modularity(),
        map.silhouette(),
        String.join(", ", written.stream().map(Path::toString).toList()),
        Timing.seconds(started), read);
    return 0;
  }
}
