package org.brimine.maps;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brimine.search.PaperTraits;
import org.brimine.search.PaperTraitsReader;
import org.brimine.search.TraitTable;
import org.brimine.search.TraitTable.Trait;

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
   * What a map of this kind reads of the papers, as columns: the items' trait, the keyphrases
   * that label the clusters and, for {@link #COUPLING}, the papers' ids.
   */
  public Set<Trait> traits() {
    Set<Trait> traits = EnumSet.of(trait(), Trait.KEYPHRASES);
    if (this == COUPLING) {
      traits.add(Trait.ID);
    }
    return Collections.unmodifiableSet(traits);
  }

  /** The trait that holds the items of a paper. */
  Trait trait() {
    return switch (this) {
      case COCITATION, COUPLING -> Trait.CITES;
      case COAUTHOR -> Trait.AUTHORS;
      case COUNTRIES -> Trait.COUNTRIES;
      case KEYWORDS -> Trait.KEYPHRASES;
      case ENTITIES -> Trait.ENTITIES;
      case THEMES -> Trait.THEMES;
    };
  }

  /** The items of each paper, as {@link #items(PaperTraits)} gives them, as a column. */
  TraitTable.Column<String> column(TraitTable table) {
    return switch (this) {
      case KEYWORDS -> table.strings(Trait.KEYPHRASES)
          .mapped(k -> k.strip().toLowerCase(Locale.ROOT));
      case ENTITIES -> table.entities().mapped(e -> e.canonical() + " (" + e.type() + ")");
      default -> table.strings(trait());
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
