package org.brimine.themes;

import java.util.List;
import java.util.Objects;

/**
 * One theme of the taxonomy, as the data file gives it.
 *
 * @param id the theme id, such as {@code financial-integration}
 * @param label a readable name
 * @param group "connectivity" for the five lines, "extended" for the others
 * @param description what the theme covers
 * @param names phrases that name the theme; one alone makes the theme
 * @param strong subject terms specific enough that one alone makes the theme
 * @param weak common words of the subject, which count only with another hit
 * @param zh the Chinese names, strong terms and weak words, in the same tiers (empty if none)
 */
public record ThemeDefinition(String id, String label, String group, String description,
    List<String> names, List<String> strong, List<String> weak, Terms zh) {
  /**
   * One language's terms of a theme, in the three tiers of the English lists.
   *
   * @param names phrases that name the theme
   * @param strong subject terms specific enough that one alone makes the theme
   * @param weak common words of the subject, which count only with another hit
   */
  public record Terms(List<String> names, List<String> strong, List<String> weak) {
    /** No terms. */
    public static final Terms NONE = new Terms(List.of(), List.of(), List.of());

    public Terms {
      names = names == null ? List.of() : List.copyOf(names);
      strong = strong == null ? List.of() : List.copyOf(strong);
      weak = weak == null ? List.of() : List.copyOf(weak);
    }
  }

  /** A theme with English terms only. */
  public ThemeDefinition(String id, String label, String group, String description,
      List<String> names, List<String> strong, List<String> weak) {
    this(id, label, group, description, names, strong, weak, Terms.NONE);
  }

  public ThemeDefinition {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("a theme id must be lower-case words joined by"
          + " hyphens, got '" + id + "'");
    }
    label = label == null ? id : label;
    group = group == null ? "extended" : group;
    names = names == null ? List.of() : List.copyOf(names);
    strong = strong == null ? List.of() : List.copyOf(strong);
    weak = weak == null ? List.of() : List.copyOf(weak);
    zh = zh == null ? Terms.NONE : zh;
  }

  /** Whether this is one of the five connectivity lines. */
  public boolean connectivity() {
    return group.equals("connectivity");
  }
}
