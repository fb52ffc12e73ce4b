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
 * @param language the paper's language as an ISO 639-1 code ("zh", "en"): the metadata's when
 *     given, else detected from the script of its text; null when unknown
 * @param titleEn the English title of a paper that has titles in two languages (a CNKI paper
 *     has a Chinese and an English one), else null
 * @param titleZh the Chinese title of such a paper, else null
 * @param abstractEn the English abstract of a paper with abstracts in two languages, else null
 * @param abstractZh the Chinese abstract of such a paper, else null
 * @param authors the authors read from the paper's byline ("王明¹ 李华²"), in order; empty when
 *     none was read. Metadata authors come first: see {@link #knownAuthors()}
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
    List<String> keywords,
    String language,
    String titleEn,
    String titleZh,
    String abstractEn,
    String abstractZh,
    List<String> authors) {

  public ParsedPaper {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(paper, "paper");
    sections = List.copyOf(sections);
    references = List.copyOf(references);
    problems = List.copyOf(problems);
    // null in records stored before these two parts were kept
    frontMatter = frontMatter == null ? List.of() : List.copyOf(frontMatter);
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** A paper in one language, or whose language is not known. */
  public ParsedPaper(String id, Paper paper, String title, boolean titleInferred,
      String abstractText, List<Section> sections, List<CitedReference> references,
      List<Problem> problems, List<Paragraph> frontMatter, List<String> keywords) {
    this(id, paper, title, titleInferred, abstractText, sections, references, problems,
        frontMatter, keywords, null, null, null, null, null, List.of());
  }

  /** A paper without front matter or keywords. */
  public ParsedPaper(String id, Paper paper, String title, boolean titleInferred,
      String abstractText, List<Section> sections, List<CitedReference> references,
      List<Problem> problems) {
    this(id, paper, title, titleInferred, abstractText, sections, references, problems,
        List.of(), List.of());
  }

  /** This paper with its language and its titles and abstracts in each language. */
  public ParsedPaper withLanguages(String newLanguage, String newTitleEn, String newTitleZh,
      String newAbstractEn, String newAbstractZh) {
    return new ParsedPaper(id, paper, title, titleInferred, abstractText, sections, references,
        problems, frontMatter, keywords, newLanguage, newTitleEn, newTitleZh, newAbstractEn,
        newAbstractZh, authors);
  }

  /** This paper under another record id, every part kept. */
  public ParsedPaper withId(String newId) {
    return new ParsedPaper(newId, paper, title, titleInferred, abstractText, sections,
        references, problems, frontMatter, keywords, language, titleEn, titleZh, abstractEn,
        abstractZh, authors);
  }

  /** The authors to show and index: the metadata's, else those read from the byline. */
  public List<String> knownAuthors() {
    return paper.metadata().authors().isEmpty() ? authors : paper.metadata().authors();
  }

  /**
   * The value of a labelled note of the front matter ("中图分类号：F831" gives "F831" for
   * "中图分类号"), or null when the paper has no such note.
   */
  public String note(String label) {
    for (Paragraph p : frontMatter) {
      String text = p.text().replaceFirst("^[【\\[［]", "");
      if (text.startsWith(label)) {
        return text.substring(label.length()).replaceFirst("^[】\\]］]?\\s*[:：]?\\s*", "");
      }
    }
    return null;
  }

  /**
   * The titles to search and show: the title, then the English and Chinese ones that differ
   * from it.
   */
  public List<String> titles() {
    return Stream.of(title, titleEn, titleZh).filter(Objects::nonNull).filter(t -> !t.isBlank())
        .distinct().toList();
  }

  /** The abstracts to search: the abstract, then the English and Chinese ones that differ. */
  public List<String> abstracts() {
    return Stream.of(abstractText, abstractEn, abstractZh).filter(Objects::nonNull)
        .filter(t -> !t.isBlank()).distinct().toList();
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
