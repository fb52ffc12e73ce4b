package org.brimine.annotate;

import java.util.ArrayList;
import java.util.List;
import org.brimine.model.CitedReference;
import org.brimine.model.Paragraph;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Section;

/**
 * The text of a paper that annotation reads: title, front matter (authors, affiliations: their
 * organisations and places are entities too), abstract, each section's heading and paragraphs,
 * then each reference entry, separated by blank lines so that no sentence runs from
 * one part into the next; and where each reference entry starts in it.
 *
 * @param text the text
 * @param referenceStarts for each reference entry, the offset of its raw string in the text
 */
record PaperText(String text, List<Integer> referenceStarts) {
  private static final String BREAK = "\n\n";

  static PaperText of(ParsedPaper paper) {
    StringBuilder s = new StringBuilder();
    append(s, paper.title());
    for (Paragraph p : paper.frontMatter()) {
      // the title line of the front matter is the title again: its entities are counted once
      if (!p.text().equalsIgnoreCase(paper.title())) {
        append(s, ended(p.text()));
      }
    }
    append(s, paper.abstractText());
    for (Section section : paper.sections()) {
      append(s, section.heading());
      for (Paragraph p : section.paragraphs()) {
        append(s, p.text());
      }
    }
    List<Integer> starts = new ArrayList<>();
    for (CitedReference cited : paper.references()) {
      if (s.length() > 0) {
        s.append(BREAK);
      }
      starts.add(s.length());
      s.append(cited.reference().raw());
    }
    return new PaperText(s.toString(), List.copyOf(starts));
  }

  /**
   * A front matter line ended like a sentence: CoreNLP does not split sentences at blank lines,
   * and an author or affiliation line would otherwise run into the next part as one sentence
   * ("... Beijing Hambantota was leased ...").
   */
  private static String ended(String line) {
    char last = line.charAt(line.length() - 1);
    if (".?!。？！".indexOf(last) >= 0) {
      return line;
    }
    return line + (Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN ? "。" : ".");
  }

  private static void append(StringBuilder s, String part) {
    if (part == null || part.isBlank()) {
      return;
    }
    if (s.length() > 0) {
      s.append(BREAK);
    }
    s.append(part);
  }
}
