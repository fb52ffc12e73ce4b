package org.brimine.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A paper read into its parts: title, abstract, numbered sections and linked references.
 *
 * @param id the stable id of the paper's record
 * @param paper the paper as read from the corpus
 * @param title the title, from metadata or inferred from the text
 * @param titleInferred true when the title was inferred from the text, not given in metadata
 * @param abstractText the abstract, reflowed, or null when none was found
 * @param sections the body sections in order (the abstract and references excluded)
 * @param references the reference list entries, each linked to a record id
 * @param problems what could not be read (unparsed references, missing parts)
 */
public record ParsedPaper(
    String id,
    Paper paper,
    String title,
    boolean titleInferred,
    String abstractText,
    List<Section> sections,
    List<CitedReference> references,
    List<Problem> problems) {

  public ParsedPaper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(paper, "paper");
    sections = List.copyOf(sections);
    references = List.copyOf(references);
    problems = List.copyOf(problems);
  }

  /** The body text: every section's heading and paragraphs, separated by blank lines. */
  public String bodyText() {
    return sections.stream()
        .flatMap(s -> Stream.concat(Stream.of(s.heading()), s.paragraphs().stream().map(Paragraph::text)))
        .collect(Collectors.joining("\n\n"));
  }

  /** The ids of the records this paper cites, in reference list order, without repeats. */
  public List<String> citedIds() {
    return references.stream().map(CitedReference::id).distinct().toList();
  }
}
