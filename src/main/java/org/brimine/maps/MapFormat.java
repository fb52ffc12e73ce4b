package org.brimine.maps;

import java.util.List;
import java.util.Locale;

/** The file formats a map is written in. */
public enum MapFormat {
  /** {@link ScienceMap} as JSON. */
  JSON,
  /** GraphML, for Gephi and other graph tools. */
  GRAPHML,
  /** A VOSviewer map file and network file. */
  VOSVIEWER,
  /** A Pajek .net file. */
  PAJEK;

  /** The lower-case name used on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format named on the command line.
   *
   * @throws IllegalArgumentException when there is none of that name (the message quotes it)
   */
  public static MapFormat of(String name) {
    for (MapFormat format : values()) {
      if (format.label().equals(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "'; known: "
        + List.of(values()).stream().map(MapFormat::label).toList());
  }
}
