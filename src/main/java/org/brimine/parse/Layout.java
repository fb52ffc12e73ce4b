package org.brimine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the parts of a paper lie: the lines before the abstract, the abstract, each section and
 * the reference list, found by reading headings line by line.
 */
record Layout(
    List<Line> frontLines, List<Line> abstractLines, List<Block> sections, List<Line> references) {

  /** The lines of one section under its heading. */
  record Block(String number, String heading, List<Line> lines) {}

  /** The reference list as text, one original line a line. */
  String referenceText() {
    return references.stream().map(Line::text).collect(Collectors.joining("\n"));
  }

  static Layout of(List<Line> lines) {
    List<Line> front = new ArrayList<>();
    List<Line> abstractLines = new ArrayList<>();
    List<Block> sections = new ArrayList<>();
    List<Line> references = new ArrayList<>();
    List<Line> current = front;
    int expectedTop = 1;
    boolean atBreak = true;
    for (Line line : lines) {
      Heading heading = atBreak && current != references ? Heading.read(line.text(), expectedTop)
          : null;
      if (heading != null) {
        switch (heading.part()) {
          case ABSTRACT -> current = abstractLines;
          case KEYWORDS -> current = new ArrayList<>();
          case REFERENCES -> current = references;
          case SECTION -> {
            Block block = new Block(heading.number(), heading.title(), new ArrayList<>());
            sections.add(block);
            current = block.lines();
            if (heading.number() != null && !heading.number().contains(".")) {
              expectedTop = Integer.parseInt(heading.number()) + 1;
            }
          }
        }
        if (!heading.rest().isEmpty()) {
          current.add(new Line(heading.rest(), line.start() + line.text().indexOf(heading.rest())));
        }
        atBreak = true;
        continue;
      }
      current.add(line);
      atBreak = line.isBlank() || endsSentence(line.stripped());
    }
    if (abstractLines.isEmpty() && sections.isEmpty()) {
      // No structure found: the whole text is one section, as in news articles.
      sections.add(new Block(null, "", front));
      front = List.of();
    }
    return new Layout(front, abstractLines, sections, references);
  }

  private static boolean endsSentence(String s) {
    return !s.isEmpty() && ".?!。？！:：\"”".indexOf(s.charAt(s.length() - 1)) >= 0;
  }
}
