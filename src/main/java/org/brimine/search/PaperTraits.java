package org.brimine.search;

import java.util.List;
import java.util.Objects;

/**
 * What a science map needs of one paper, without its text: who wrote it and when, what it is
 * about, and which records it cites.
 *
 * @param id the paper's record id
 * @param year its year, or null when unknown
 * @param authors its authors, in byline order (empty unless authors were read)
 * @param countries the canonical names of the countries it names (empty unless entities were read)
 * @param keyphrases its keyphrases and its own keywords (these lower-cased), each once
 * @param entities its entities with their types (empty unless entities were read)
 * @param themes the ids of its themes, each once
 * @param cites the record ids of the works it cites, each once
 */
public record PaperTraits(String id, Integer year, List<String> authors, List<String> countries,
    List<String> keyphrases, List<EntityName> entities, List<String> themes, List<String> cites) {
  public PaperTraits {
    Objects.requireNonNull(id, "id");
    authors = List.copyOf(authors);
    countries = List.copyOf(countries);
    keyphrases = List.copyOf(keyphrases);
    entities = List.copyOf(entities);
    themes = List.copyOf(themes);
    cites = List.copyOf(cites);
  }

  /**
   * An entity of a paper by its canonical name.
   *
   * @param canonical the canonical name
   * @param type the entity type (COUNTRY, FIN_INSTITUTION, ...)
   */
  public record EntityName(String canonical, String type) {
    public EntityName {
      Objects.requireNonNull(canonical, "canonical");
      Objects.requireNonNull(type, "type");
    }
  }
}
