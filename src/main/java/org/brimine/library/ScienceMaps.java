package org.brimine.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.brimine.maps.BurstField;
import org.brimine.maps.BurstReport;
import org.brimine.maps.Bursts;
import org.brimine.maps.ClusterTimeline;
import org.brimine.maps.MapBuilder;
import org.brimine.maps.MapKind;
import org.brimine.maps.MapSettings;
import org.brimine.maps.ScienceMap;
import org.brimine.search.PaperTraits;
import org.brimine.search.PaperTraitsReader;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;

/**
 * Science maps and bursts of the papers a search finds, read from one searcher: what the web
 * page's map view asks for ({@code /api/map}, {@code /api/bursts}).
 */
public final class ScienceMaps {
  private final RecordSearcher searcher;

  public ScienceMaps(RecordSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * A map with the timeline of its clusters.
   *
   * @param papers how many papers it was built from
   */
  public record Drawn(ScienceMap map, ClusterTimeline timeline, int papers) {}

  /**
   * The map of this kind over the papers that the query and the filters find.
   *
   * @param query the query syntax; blank for every paper
   * @throws org.brimine.search.QuerySyntaxException when the query cannot be parsed
   */
  public Drawn map(String query, SearchFilters scope, MapKind kind, MapSettings settings)
      throws IOException {
    PaperTraitsReader reader = searcher.paperTraits();
    List<PaperTraits> papers = papers(reader, query, scope, kind.extras());
    ScienceMap map = new MapBuilder(reader::titles).build(kind, papers, settings);
    return new Drawn(map, ClusterTimeline.of(kind, papers, map), papers.size());
  }

  /**
   * The bursts of a field's terms over the years of the papers that the query and the filters
   * find, strongest first.
   *
   * @throws org.brimine.search.QuerySyntaxException when the query cannot be parsed
   */
  public BurstReport bursts(String query, SearchFilters scope, BurstField field)
      throws IOException {
    return new Bursts().find(field, papers(searcher.paperTraits(), query, scope, field.extras()));
  }

  /** The titles of the records with these ids that have one (the terms of reference bursts). */
  public Map<String, String> titles(Collection<String> ids) throws IOException {
    return searcher.paperTraits().titles(ids);
  }

  private static List<PaperTraits> papers(PaperTraitsReader reader, String query,
      SearchFilters scope, java.util.Set<PaperTraitsReader.Extra> extras) throws IOException {
    List<PaperTraits> papers = new ArrayList<>();
    reader.forEach(query, scope, extras, papers::add);
    return papers;
  }
}
