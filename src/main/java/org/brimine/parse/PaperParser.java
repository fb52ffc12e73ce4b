package org.brimine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.brimine.model.CitedReference;
import org.brimine.model.Paper;
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
 */
public final class PaperParser {
  private final ReferenceListSplitter splitter = new ReferenceListSplitter();
  private final ReferenceParser referenceParser = new ReferenceParser();
  private final TitleInference titleInference = new TitleInference();

  /** Parses one paper. Never throws on messy text: what cannot be read is a problem. */
  public ParsedPaper parse(Paper paper) {
    Layout layout = Layout.of(Lines.withoutPageFurniture(Lines.split(paper.text())));
    Reflow reflow = new Reflow(paper.text());
    List<Problem> problems = new ArrayList<>();

    List<Paragraph> abstractParagraphs = reflow.paragraphs(layout.abstractLines());
    String abstractText = abstractParagraphs.isEmpty() ? null
        : abstractParagraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
    List<Section> sections = new ArrayList<>();
    for (Layout.Block block : layout.sections()) {
      List<Paragraph> paragraphs = reflow.paragraphs(block.lines());
      if (!paragraphs.isEmpty() || !block.heading().isEmpty()) {
        sections.add(new Section(block.number(), block.heading(), paragraphs));
      }
    }

    List<CitedReference> references = new ArrayList<>();
    for (String entry : splitter.split(layout.referenceText())) {
      Reference reference = referenceParser.parse(entry);
      if (!reference.isParsed()) {
        problems.add(new Problem(paper.source(), "unparsed-reference",
            "could not read reference '" + reference.raw() + "'"));
      }
      references.add(new CitedReference(WorkIds.forReference(reference), reference));
    }

    String title = paper.metadata().title();
    boolean inferred = title == null;
    if (inferred) {
      title = titleInference.infer(layout.frontLines(), abstractText, sections);
    }
    String id = inferred ? WorkIds.forSlug(paper.slug())
        : WorkIds.forWork(title, paper.metadata().year());
    return new ParsedPaper(id, paper, title, inferred, abstractText, sections, references,
        problems, reflow.lineByLine(layout.frontLines()), layout.keywords());
  }
}
