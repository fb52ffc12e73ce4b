package org.brimine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the parts of a paper lie: the lines before the abstract (front matter), the abstract,
 * the keywords, each section and the reference list, found by reading headings line by line.
 * Every line lands in one part: nothing is dropped.
 *
 * <p>PDF extraction (PDFBox) prints no blank lines, so a heading is taken only after a line that
 * ends a sentence, except before the body: there the abstract label, the keywords label and the
 * first section heading are read on any line, since the title, author and affiliation lines
 * before them end in no full stop.
 */
record Layout(List<Line> frontLines, List<Line> abstractLines, List<Block> sections,
    List<Line> references, List<String> keywords) {

  /** The lines of one section under its heading. */
  record Block(String number, String heading, List<Line> lines) {}

  /** The reference list as text, one original line a line. */
  String referenceText() {
    return references.stream().map(Line::text).collect(Collectors.joining("\n"));
  }

  static Layout of(List<Line> lines) {
    Reader reader = new Reader();
    lines.forEach(reader::read);
    return reader.layout();
  }

  /** Reads lines in order, keeping which part they belong to. */
  private static final class Reader {
    private List<Line> front = new ArrayList<>();
    private final List<Line> abstractLines = new ArrayList<>();
    private final List<Block> sections = new ArrayList<>();
    private final List<Line> references = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private List<Line> current = front;
    private int expectedTop = 1;
    private boolean atBreak = true;
    /** The keyword list being read, or null when the lines are not keywords. */
    private KeywordLines keywordLines;
    /** True from the end of a keyword list to the next line or heading. */
    private boolean afterKeywords;

    void read(Line line) {
      if (keywordLines != null && line.isBlank()) {
        if (!keywordLines.isEmpty()) {
          endKeywords();
        }
        return;
      }
      Heading heading = heading(line);
      if (heading != null) {
        start(heading, line);
        return;
      }
      if (keywordLines != null) {
        if (keywordLines.accepts(line.stripped())) {
          keywordLines.add(line.stripped());
          return;
        }
        endKeywords();
      }
      if (afterKeywords && !line.isBlank()) {
        afterKeywords = false;
        if (sections.isEmpty()) {
          // text after the keywords and before any heading is body without a heading
          Block untitled = new Block(null, "", new ArrayList<>());
          sections.add(untitled);
          current = untitled.lines();
        }
      }
      current.add(line);
      atBreak = line.isBlank() || endsSentence(line.stripped());
    }

    private Heading heading(Line line) {
      if (current == references) {
        return null;
      }
      boolean beforeBody = sections.isEmpty();
      if (!atBreak && !beforeBody && keywordLines == null) {
        return null;
      }
      Heading heading = Heading.read(line.text(), expectedTop);
      boolean lowerCase = !line.stripped().isEmpty()
          && Character.isLowerCase(line.stripped().codePointAt(0));
      if (heading != null && heading.part() == Heading.Part.SECTION && !atBreak
          && keywordLines == null && lowerCase) {
        return null; // "data" ending a line of the abstract is not the heading "Data"
      }
      return heading;
    }

    private void start(Heading heading, Line line) {
      if (keywordLines != null) {
        endKeywords();
      }
      afterKeywords = false;
      atBreak = true;
      switch (heading.part()) {
        case ABSTRACT -> current = abstractLines;
        case KEYWORDS -> {
          keywordLines = new KeywordLines(heading.rest().isEmpty());
          if (!heading.rest().isEmpty()) {
            keywordLines.add(heading.rest());
          }
          return;
        }
        case REFERENCES -> current = references;
        case SECTION -> {
          Block block = new Block(heading.number(), heading.title(), new ArrayList<>());
          sections.add(block);
          current = block.lines();
          if (heading.isTopLevel()) {
            expectedTop = heading.top() + 1;
          }
        }
      }
      if (!heading.rest().isEmpty()) {
        current.add(new Line(heading.rest(), line.start() + line.text().indexOf(heading.rest())));
      }
    }

    private void endKeywords() {
      keywords.addAll(keywordLines.keywords());
      keywordLines = null;
      afterKeywords = true;
      atBreak = true;
    }

    Layout layout() {
      if (keywordLines != null) {
        keywords.addAll(keywordLines.keywords());
      }
      if (abstractLines.isEmpty() && sections.stream().allMatch(b -> b.heading().isEmpty())) {
        // No structure found: the text is body, as in news articles (a keyword list may part it).
        sections.add(0, new Block(null, "", front));
        front = List.of();
      }
      return new Layout(front, abstractLines, sections, references, List.copyOf(keywords));
    }
  }

  private static boolean endsSentence(String s) {
    return !s.isEmpty() && ".?!。？！:：\"”".indexOf(s.charAt(s.length() - 1)) >= 0;
  }
}
