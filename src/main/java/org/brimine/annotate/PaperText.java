package org.brimine.annotate;

import java.util.ArrayList;
import java.util.List;
import org.brimine.model.CitedReference;
import org.brimine.model.ExportFields;
import org.brimine.model.Paragraph;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Section;

/**
 * The text of a paper that annotation reads: title, front matter (authors, affiliations: their
 * organisations and places are entities too), abstract, each section's heading and paragraphs,
 * then each reference entry, separated by blank lines so that no sentence runs from
 * one part into the next; and where each reference entry starts in it.
 *
 * <p>A record of a database export (Web of Science, Scopus, CNKI) has no full text: its title,
 * abstract and keywords are read, not its cited references. They are a list of abbreviated
 * names and sources ({@code Gallagher KP, 2016, CHINA TRIANGLE LATIN, P1}) that gave entities
 * of no use ("DOI" an organisation, every cited author a person) and most of an import's
 * annotation time; they are linked as references all the same. Its countries come from its
 * affiliations' country field, not from annotation (see AffiliationCountries).
 *
 * @param text the text
 * @param referenceStarts for each reference entry, the offset of its raw string in the text
 */
record PaperText(String text, List<Integer> referenceStarts) {
  private static final String BREAK = "\n\n";

  static PaperText of(ParsedPaper paper) {
    StringBuilder s = new StringBuilder();
    ExportFields exported = paper.paper().metadata().exported();
    // an export record's title is followed by its abstract: it must not run into it
    append(s, exported == null || paper.title() == null || paper.title().isBlank() ? paper.title()
        : ended(paper.title()));
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
        // an export record without an abstract has its title as its text: read once
        if (exported == null || !p.text().equalsIgnoreCase(paper.title())) {
          append(s, p.text());
        }
      }
    }
    List<Integer> starts = new ArrayList<>();
    if (exported != null) {
      List<String> keywords = new ArrayList<>(exported.authorKeywords());
      keywords.addAll(exported.indexedKeywords());
      append(s, keywords.isEmpty() ? null : ended(String.join("; ", keywords)));
      return new PaperText(s.toString(), List.of());
    }
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
