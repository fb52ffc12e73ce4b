package org.brimine.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A paper read into its parts: front matter, title, abstract, keywords, numbered sections and
 * linked references. No text of the paper is left out: what no part claims is front matter or
 * a section without a heading.
 *
 * @param id the stable id of the paper's record
 * @param paper the paper as read from the corpus
 * @param title the title, from metadata or inferred from the text
 * @param titleInferred true when the title was inferred from the text, not given in metadata
 * @param abstractText the abstract, reflowed, or null when none was found
 * @param sections the body sections in order (the abstract and references excluded)
 * @param references the reference list entries, each linked to a record id
 * @param problems what could not be read (unparsed references, missing parts)
 * @param frontMatter the paragraphs before the abstract and the first heading (title lines,
 *     authors, affiliations), one a line unless a line runs on; empty when there are none
 * @param keywords the keywords the paper lists ("Keywords:", "Index Terms—"), in order
 */
public record ParsedPaper(
    String id,
    Paper paper,
    String title,
    boolean titleInferred,
    String abstractText,
    List<Section> sections,
    List<CitedReference> references,
    List<Problem> problems,
    List<Paragraph> frontMatter,
    List<String> keywords) {

  public ParsedPaper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(paper, "paper");
    sections = List.copyOf(sections);
    references = List.copyOf(references);
    problems = List.copyOf(problems);
    // null in records stored before these two parts were kept
    frontMatter = frontMatter == null ? List.of() : List.copyOf(frontMatter);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  /** A paper without front matter or keywords. */
  public ParsedPaper(String id, Paper paper, String title, boolean titleInferred,
      String abstractText, List<Section> sections, List<CitedReference> references,
      List<Problem> problems) {
    this(id, paper, title, titleInferred, abstractText, sections, references, problems,
        List.of(), List.of());
  }

  /**
   * The body text: the front matter's paragraphs, then every section's heading and paragraphs,
   * separated by blank lines.
   */
  public String bodyText() {
    Stream<String> front = frontMatter.stream().map(Paragraph::text);
    Stream<String> body = sections.stream()
        .flatMap(s -> Stream.concat(Stream.of(s.heading()), s.paragraphs().stream().map(Paragraph::text)));
    return Stream.concat(front, body).collect(Collectors.joining("\n\n"));
  }

  /** The ids of the records this paper cites, in reference list order, without repeats. */
  public List<String> citedIds() {
    return references.stream().map(CitedReference::id).distinct().toList();
  }
}
