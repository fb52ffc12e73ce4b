package org.brimine.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.brimine.model.CitedReference;
import org.brimine.model.ExportFields;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Paragraph;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Problem;
import org.brimine.model.Reference;
import org.brimine.model.Section;

/**
 * Reads a paper's text into its parts: front matter, abstract, keywords, numbered sections,
 * reference list. Every line of the text lands in one of them.
 *
 * <p>Needs: a {@link Paper} whose text is as extracted from a PDF (broken lines, page numbers,
 * running headers). Gives: a {@link ParsedPaper} with reflowed paragraphs that keep their offsets
 * in the original text, references parsed into fields and linked to record ids, a title (from
 * metadata, else inferred and marked so) and the problems met on the way.
 *
 * <p>A Chinese paper in the layout of CNKI gives also its authors from the byline, its notes
 * (中图分类号, 基金项目, 作者简介 ...) as front matter, and, when it has an English title and
 * abstract, both titles and both abstracts: the title and abstract are those in the paper's
 * language, the others are kept beside them.
 */
public final class PaperParser {
  private final ReferenceListSplitter splitter = new ReferenceListSplitter();
  private final ReferenceParser referenceParser = new ReferenceParser();
  private final TitleInference titleInference = new TitleInference();

  /** Parses one paper. Never throws on messy text: what cannot be read is a problem. */
  public ParsedPaper parse(Paper given) {
    Layout layout = Layout.of(Lines.withoutPageFurniture(Lines.split(given.text())));
    Paper paper = withNoteYear(given, layout);
    Reflow reflow = new Reflow(paper.text());
    List<Problem> problems = new ArrayList<>();

    String abstractText = text(reflow.paragraphs(layout.abstractLines()));
    String secondAbstract = text(reflow.paragraphs(layout.secondAbstract()));
    List<Section> sections = new ArrayList<>();
    for (Layout.Block block : layout.sections()) {
      List<Paragraph> paragraphs = languages(reflow.paragraphs(block.lines()));
      if (!paragraphs.isEmpty() || !block.heading().isEmpty()) {
        sections.add(new Section(block.number(), block.heading(), paragraphs));
      }
    }

    List<CitedReference> references = new ArrayList<>();
    // a paper from a database export has its references read and linked already
    ExportFields exported = paper.metadata().exported();
    if (exported != null) {
      references.addAll(exported.references());
    }
    for (String entry : splitter.split(layout.referenceText())) {
      Reference reference = referenceParser.parse(entry);
      if (!reference.isParsed()) {
        problems.add(new Problem(paper.source(), "unparsed-reference",
            "could not read reference '" + reference.raw() + "'"));
      }
      references.add(new CitedReference(WorkIds.forReference(reference), reference));
    }

    Byline byline = Byline.find(layout.frontLines());
    List<Paragraph> secondFront = reflow.lineByLine(layout.secondFront());
    String frontTitle = byline == null ? null : byline.title(layout.frontLines());
    String secondTitle = secondFront.isEmpty() ? null : secondFront.get(0).text();
    PaperMetadata meta = paper.metadata();
    // a paper whose metadata gives only its titles in each language has the Chinese one first
    String title = meta.title() != null ? meta.title()
        : meta.titleZh() != null ? meta.titleZh() : meta.titleEn();
    boolean inferred = title == null;
    if (inferred) {
      title = frontTitle != null ? frontTitle
          : titleInference.infer(layout.frontLines(), abstractText, sections);
    }
    // the id from the given metadata: a year read from the text must not change a record's id
    String id = exported != null && exported.recordId() != null ? exported.recordId()
        : inferred ? WorkIds.forSlug(paper.slug())
        : WorkIds.forWork(title, given.metadata().year());
    List<String> keywords = new ArrayList<>(layout.keywords());
    if (exported != null) {
      // the database's keywords, the authors' first, each once
      keywords.addAll(exported.authorKeywords());
      keywords.addAll(exported.indexedKeywords());
      keywords = keywords.stream().distinct().toList();
    }
    List<Paragraph> front = new ArrayList<>(reflow.lineByLine(layout.frontLines()));
    front.addAll(secondFront);
    for (List<Line> note : layout.notes()) {
      front.addAll(reflow.paragraphs(note));
    }
    front.sort(Comparator.comparingInt(Paragraph::start));
    ParsedPaper parsed = new ParsedPaper(id, paper, title, inferred, abstractText, sections,
        references, problems, languages(front), keywords);
    // the paper's language: the metadata's, else that of its title, abstract and body together
    String language = LanguageDetector.of(paper.metadata().language(),
        title + "\n" + (abstractText == null ? "" : abstractText) + "\n" + parsed.bodyText());
    List<String> authors = byline == null ? List.of() : byline.names();
    if (secondTitle == null && secondAbstract == null) {
      return withAuthors(parsed.withLanguages(language, meta.titleEn(), meta.titleZh(), null,
          null), authors);
    }
    // a paper in two languages: the title and abstract are those in the paper's language
    Map<String, String> titles = byLanguage(frontTitle != null ? frontTitle : title, secondTitle);
    Map<String, String> abstracts = byLanguage(abstractText, secondAbstract);
    String shownAbstract = abstracts.getOrDefault(language, abstractText);
    ParsedPaper bilingual = new ParsedPaper(id, paper, title, inferred, shownAbstract, sections,
        references, problems, parsed.frontMatter(), parsed.keywords());
    // the metadata's titles in each language come first
    String titleEn = meta.titleEn() != null ? meta.titleEn() : titles.get(LanguageDetector.ENGLISH);
    String titleZh = meta.titleZh() != null ? meta.titleZh() : titles.get(LanguageDetector.CHINESE);
    return withAuthors(bilingual.withLanguages(language, titleEn, titleZh,
        abstracts.get(LanguageDetector.ENGLISH), abstracts.get(LanguageDetector.CHINESE)), authors);
  }

  /**
   * The paper with the year of its notes (文章编号, 收稿日期: {@link NoteLines#year}) as its
   * metadata's year when the metadata gives none.
   */
  private static Paper withNoteYear(Paper paper, Layout layout) {
    Integer year = paper.metadata().year() == null ? NoteLines.year(layout.notes()) : null;
    if (year == null) {
      return paper;
    }
    PaperMetadata yearOnly = new PaperMetadata(null, List.of(), year, null, null, null, null);
    return new Paper(paper.slug(), paper.source(), paper.text(),
        paper.metadata().overriddenBy(yearOnly), paper.contentHash());
  }

  private static ParsedPaper withAuthors(ParsedPaper p, List<String> authors) {
    return new ParsedPaper(p.id(), p.paper(), p.title(), p.titleInferred(), p.abstractText(),
        p.sections(), p.references(), p.problems(), p.frontMatter(), p.keywords(), p.language(),
        p.titleEn(), p.titleZh(), p.abstractEn(), p.abstractZh(), authors);
  }

  /** The texts keyed by their language, the first kept when two are in one language. */
  private static Map<String, String> byLanguage(String... texts) {
    Map<String, String> byLanguage = new HashMap<>();
    for (String text : texts) {
      String language = LanguageDetector.detect(text);
      if (language != null) {
        byLanguage.putIfAbsent(language, text);
      }
    }
    return byLanguage;
  }

  /** The paragraphs' texts separated by blank lines, or null when there are none. */
  private static String text(List<Paragraph> paragraphs) {
    return paragraphs.isEmpty() ? null
        : paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
  }

  /** The paragraphs, each with the language detected in it. */
  private static List<Paragraph> languages(List<Paragraph> paragraphs) {
    return paragraphs.stream().map(p -> p.withLanguage(LanguageDetector.detect(p.text())))
        .toList();
  }
}
