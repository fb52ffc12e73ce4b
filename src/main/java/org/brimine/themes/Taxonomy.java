package org.brimine.themes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The theme taxonomy, loaded once from {@code themes.json} (bundled, or a file a reviewer
 * edits) into immutable definitions.
 */
public final class Taxonomy {
  private static final String RESOURCE = "themes.json";

  private record File(List<ThemeDefinition> themes) {}

  private final List<ThemeDefinition> themes;

  Taxonomy(List<ThemeDefinition> themes) {
    Set<String> ids = new HashSet<>();
    for (ThemeDefinition theme : themes) {
      if (!ids.add(theme.id())) {
        throw new IllegalArgumentException("theme id '" + theme.id() + "' is defined twice");
      }
    }
    this.themes = List.copyOf(themes);
  }

  /** The taxonomy bundled with bri-miner. */
  public static Taxonomy load() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + RESOURCE);
      }
      return read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A taxonomy from a file. */
  public static Taxonomy load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  private static Taxonomy read(InputStream in, String name) throws IOException {
    ObjectMapper mapper = new ObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    File file;
    try {
      file = mapper.readValue(in, File.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("theme taxonomy " + name + " is not valid: "
          + e.getMessage(), e);
    }
    if (file.themes() == null || file.themes().isEmpty()) {
      throw new IllegalArgumentException("theme taxonomy " + name + " has no themes");
    }
    return new Taxonomy(file.themes());
  }

  /** All themes, in file order. */
  public List<ThemeDefinition> themes() {
    return themes;
  }

  /** The ids of all themes. */
  public Set<String> ids() {
    return themes.stream().map(ThemeDefinition::id).collect(java.util.stream.Collectors
        .toUnmodifiableSet());
  }

  /** The five connectivity lines. */
  public List<ThemeDefinition> connectivity() {
    return themes.stream().filter(ThemeDefinition::connectivity).toList();
  }

  /** The theme with this id. */
  public Optional<ThemeDefinition> find(String id) {
    return themes.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
