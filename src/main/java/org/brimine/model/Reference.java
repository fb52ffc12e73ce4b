package org.brimine.model;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a reference list, split into bibliographic fields.
 *
 * <p>Every field but {@code raw}, {@code authors} and {@code style} may be null when the entry
 * does not carry it. An entry that could not be parsed keeps its raw string, has style
 * {@link ReferenceStyle#UNPARSED} and no other fields.
 *
 * @param raw the entry as it stood in the text, reflowed onto one line, without its list label
 * @param style the citation style the entry was read as
 * @param authors authors in the order given; {@code 等} and {@code et al.} are kept as "et al."
 * @param title the title of the cited work
 * @param type the GB/T 7714 document type code without brackets ("J", "M", "EB/OL", ...), or
 *     the code inferred for English styles
 * @param venue journal, proceedings, newspaper or publisher
 * @param place place of publication
 * @param year year of publication
 * @param volume volume
 * @param issue issue (number)
 * @param pages page or page range, with a plain hyphen
 * @param url URL of an online resource
 * @param accessed access date of an online resource, as written
 * @param doi DOI, without a resolver prefix
 */
public record Reference(
    String raw,
    ReferenceStyle style,
    List<String> authors,
    String title,
    String type,
    String venue,
    String place,
    Integer year,
    String volume,
    String issue,
    String pages,
    String url,
    String accessed,
    String doi) {

  public Reference {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(style, "style");
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** An entry that could not be parsed: only its raw string is kept. */
  public static Reference unparsed(String raw) {
    return new Reference(raw, ReferenceStyle.UNPARSED, List.of(), null, null, null, null, null,
        null, null, null, null, null, null);
  }

  /** Whether the entry was read into fields. */
  public boolean isParsed() {
    return style != ReferenceStyle.UNPARSED;
  }
}
