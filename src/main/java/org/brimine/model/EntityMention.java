package org.brimine.model;

import java.util.Objects;

/**
 * A named entity found in a text.
 *
 * @param type the entity type: CoreNLP's PERSON, ORGANIZATION, LOCATION, or a domain type of
 *     the gazetteer (INITIATIVE, FIN_INSTITUTION, REGIONAL_ORG, AGREEMENT, CURRENCY, PROJECT,
 *     COUNTRY, PUBLICATION: news outlets and the journals of reference lists)
 * @param text the surface text as written
 * @param canonical the canonical name, the same for every alias of the entity
 * @param sentence the index of the sentence it is in, or -1 when it comes from a reference entry
 * @param start offset of its first character in the annotated text
 * @param end offset just past its last character
 * @param source what found it: "ner" (CoreNLP), "gazetteer", or "reference" (a reference's
 *     author list or venue)
 */
public record EntityMention(String type, String text, String canonical, int sentence, int start,
    int end, String source) {
  public EntityMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(canonical, "canonical");
  }
}
