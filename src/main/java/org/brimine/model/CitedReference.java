package org.brimine.model;

import java.util.Objects;

/**
 * A reference list entry linked to the record of the work it cites.
 *
 * @param id the stable id of the cited work's record (see the parse package's WorkIds)
 * @param reference the parsed entry
 */
public record CitedReference(String id, Reference reference) {
  public CitedReference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reference, "reference");
  }
}
