package org.brimine.maps;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brimine.search.PaperTraits;
import org.brimine.search.PaperTraitsReader;

/** What the nodes of a science map are, and what links two of them. */
public enum MapKind {
  /** References, linked when a paper cites both. */
  COCITATION,
  /** Papers, linked by how many references they share. */
  COUPLING,
  /** Authors, linked when they write a paper together. */
  COAUTHOR,
  /** Countries a paper names, linked when a paper names both. */
  COUNTRIES,
  /** Keyphrases and a paper's own keywords (lower-cased), linked when a paper has both. */
  KEYWORDS,
  /** Entities by canonical name and type, linked when a paper names both. */
  ENTITIES,
  /** Themes, linked when a paper carries both. */
  THEMES;

  /** The lower-case name used on the command line and in the JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind named on the command line.
   *
   * @throws IllegalArgumentException when there is none of that name (the message quotes it)
   */
  public static MapKind of(String name) {
    for (MapKind kind : values()) {
      if (kind.label().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown map kind '" + name + "'; known: "
        + List.of(values()).stream().map(MapKind::label).toList());
  }

  /** What must be read of the papers besides ids, years, keyphrases, themes and citations. */
  public Set<PaperTraitsReader.Extra> extras() {
    return switch (this) {
      case COAUTHOR -> Set.of(PaperTraitsReader.Extra.AUTHORS);
      case COUNTRIES, ENTITIES -> Set.of(PaperTraitsReader.Extra.ENTITIES);
      default -> Set.of();
    };
  }

  /**
   * The items of a paper that become nodes, each once; for {@link #COUPLING}, whose nodes are
   * the papers themselves, the references the paper shares with others.
   */
  List<String> items(PaperTraits paper) {
    List<String> items = switch (this) {
      case COCITATION, COUPLING -> paper.cites();
      case COAUTHOR -> paper.authors();
      case COUNTRIES -> paper.countries();
      case KEYWORDS -> paper.keyphrases().stream()
          .map(k -> k.strip().toLowerCase(Locale.ROOT)).toList();
      case ENTITIES -> paper.entities().stream()
          .map(e -> e.canonical() + " (" + e.type() + ")").toList();
      case THEMES -> paper.themes();
    };
    return new ArrayList<>(new LinkedHashSet<>(items));
  }
}
