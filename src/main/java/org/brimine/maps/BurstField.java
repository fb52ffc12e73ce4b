package org.brimine.maps;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.brimine.search.PaperTraits;
import org.brimine.search.PaperTraitsReader;
import org.brimine.search.TraitTable;

/** The terms of a paper whose bursts are looked for. */
public enum BurstField {
  /** Keyphrases and the paper's own keywords, lower-cased. */
  KEYWORD(MapKind.KEYWORDS),
  /** Entities by canonical name and type. */
  ENTITY(MapKind.ENTITIES),
  /** Theme ids. */
  THEME(MapKind.THEMES),
  /** Ids of the cited records: bursts of citations. */
  REFERENCE(MapKind.COCITATION);

  private final MapKind terms;

  BurstField(MapKind terms) {
    this.terms = terms;
  }

  /** The lower-case name used on the command line and in the JSON. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The field named on the command line.
   *
   * @throws IllegalArgumentException when there is none of that name (the message quotes it)
   */
  public static BurstField of(String name) {
    for (BurstField field : values()) {
      if (field.label().equals(name)) {
        return field;
      }
    }
    throw new IllegalArgumentException("unknown burst field '" + name + "'; known: "
        + List.of(values()).stream().map(BurstField::label).toList());
  }

  /** What must be read of the papers besides ids, years, keyphrases, themes and citations. */
  public Set<PaperTraitsReader.Extra> extras() {
    return terms.extras();
  }

  /** What bursts of this field read of the papers, as columns (the years always come). */
  public Set<TraitTable.Trait> traits() {
    return Set.of(terms.trait());
  }

  /** The terms of each paper, as a column. */
  TraitTable.Column<String> column(TraitTable table) {
    return terms.column(table);
  }

  /** The terms of a paper, each once. */
  List<String> terms(PaperTraits paper) {
    return terms.items(paper);
  }
}
