package org.brimine.index;

/**
 * How English text fields reduce words to stems. The index and its searches must use the same.
 */
public enum Stemming {
  /** Porter's stemmer, as Lucene's EnglishAnalyzer: aggressive ("aerodynamic" = "aerodynamics"). */
  PORTER,
  /** Krovetz's stemmer: lighter, dictionary-checked, keeps more words apart. */
  KROVETZ,
  /** No stemming: lower-cased words without English stopwords. */
  NONE;

  /** The product's stemming. */
  public static final Stemming DEFAULT = PORTER;

  /** The stemming named by {@code name}, case-insensitively. */
  public static Stemming of(String name) {
    for (Stemming s : values()) {
      if (s.name().equalsIgnoreCase(name.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown stemming '" + name + "'; expected porter, "
        + "krovetz or none");
  }
}
