package org.brimine.index;

import java.util.Arrays;
import java.util.Locale;

/** Metadata a record may lack; each is a value of {@link Schema#MISSING} when it does. */
public enum MissingMetadata {
  TITLE, AUTHORS, YEAR, VENUE, DOI;

  /** The value in the index and in queries ({@code missing:doi}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The metadata of this label, in any case.
   *
   * @throws IllegalArgumentException when it is none, quoting it and saying which there are
   */
  public static MissingMetadata of(String label) {
    for (MissingMetadata m : values()) {
      if (m.label().equalsIgnoreCase(label.strip())) {
        return m;
      }
    }
    throw new IllegalArgumentException("missing metadata must be one of "
        + Arrays.stream(values()).map(MissingMetadata::label).toList() + ", got '" + label + "'");
  }
}
