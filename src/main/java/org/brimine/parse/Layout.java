package org.brimine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where the parts of a paper lie: the lines before the abstract (front matter), the abstract,
 * the keywords, each section and the reference list, found by reading headings line by line.
 * Every line lands in one part: nothing is dropped.
 *
 * <p>A Chinese journal paper has more: labelled notes (中图分类号, 基金项目, 作者简介 ...)
 * wherever they are printed, and a block in a second language (an English title, byline and
 * affiliation, then "Abstract:" and "Key words:") after the keywords or after the reference
 * list. The second abstract is known by coming after a first one; the lines before it since the
 * keywords, or since the end of the last reference, are the second block's front matter.
 *
 * <p>PDF extraction (PDFBox) prints no blank lines, so a heading is taken only after a line that
 * ends a sentence, except before the body: there the abstract label, the keywords label and the
 * first section heading are read on any line, since the title, author and affiliation lines
 * before them end in no full stop.
 */
record Layout(List<Line> frontLines, List<Line> abstractLines, List<Block> sections,
    List<Line> references, List<String> keywords, List<List<Line>> notes,
    List<Line> secondFront, List<Line> secondAbstract) {

  /** The lines of one section under its heading. */
  record Block(String number, String heading, List<Line> lines) {}

  /** The reference list as text, one original line a line. */
  String referenceText() {
    return references.stream().map(Line::text).collect(Collectors.joining("\n"));
  }

  static Layout of(List<Line> lines) {
    Reader reader = new Reader(new NoteLines(lines));
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
    private final List<List<Line>> notes = new ArrayList<>();
    private final List<Line> secondFront = new ArrayList<>();
    private final List<Line> secondAbstract = new ArrayList<>();
    private final NoteLines noteLines;
    /** The lines of the note being read, or null. */
    private List<Line> note;
    private List<Line> current = front;
    private int expectedTop = 1;
    private boolean atBreak = true;
    /** The keyword list being read, or null when the lines are not keywords. */
    private KeywordLines keywordLines;
    /** True from the end of a keyword list to the next line or heading. */
    private boolean afterKeywords;

    Reader(NoteLines noteLines) {
      this.noteLines = noteLines;
    }

    void read(Line line) {
      if (note != null && noteLines.continues(note.get(note.size() - 1), line)) {
        note.add(line);
        return;
      }
      note = null;
      if (NoteLines.starts(line)) {
        if (keywordLines != null) {
          endKeywords();
        }
        // a footnote does not end the sentence it interrupts: atBreak stays as it was
        for (Line part : NoteLines.split(line)) {
          note = new ArrayList<>(List.of(part));
          notes.add(note);
        }
        return;
      }
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
        // only the abstract of a second language ends the reference list
        Heading label = abstractLines.isEmpty() ? null : Heading.read(line.text(), expectedTop);
        return label != null && secondLanguage(label) ? label : null;
      }
      boolean beforeBody = sections.isEmpty();
      if (!atBreak && !beforeBody && keywordLines == null) {
        if (abstractLines.isEmpty() || !onlyUntitled()) {
          return null;
        }
        // the abstract of a second language, after its title, byline and affiliation lines
        Heading label = Heading.read(line.text(), expectedTop);
        return label != null && secondLanguage(label) ? label : null;
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
        case ABSTRACT -> current = secondLanguage(heading) ? secondAbstract() : abstractLines;
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

    /**
     * Starts the abstract in the second language, taking as its front matter the lines read
     * since the keywords (held as untitled body) or since the end of the last reference.
     */
    private List<Line> secondAbstract() {
      if (current == references) {
        int end = endOfLastReference();
        secondFront.addAll(references.subList(end, references.size()));
        references.subList(end, references.size()).clear();
      } else if (onlyUntitled()) {
        secondFront.addAll(sections.remove(0).lines());
      }
      return secondAbstract;
    }

    /**
     * Whether the heading is the abstract label of a second language: after an abstract in
     * Chinese, "Abstract"; after one in another language, "摘要". A second "Abstract" after an
     * English abstract goes on with it, as it always did.
     */
    private boolean secondLanguage(Heading heading) {
      if (heading.part() != Heading.Part.ABSTRACT || abstractLines.isEmpty()) {
        return false;
      }
      String firstAbstract = abstractLines.stream().map(Line::text)
          .collect(Collectors.joining("\n"));
      return isChinese(heading.title()) != isChinese(firstAbstract);
    }

    /** Whether the only section is the untitled one started after the keywords. */
    private boolean onlyUntitled() {
      return sections.size() == 1 && sections.get(0).heading().isEmpty()
          && sections.get(0).number() == null;
    }

    /** The index just past the line that ends the last labelled reference ("[3] ... 11-20."). */
    private int endOfLastReference() {
      int last = -1;
      for (int i = 0; i < references.size(); i++) {
        if (REFERENCE_LABEL.matcher(references.get(i).text()).lookingAt()) {
          last = i;
        }
      }
      if (last < 0) {
        return references.size();
      }
      for (int i = last; i < references.size(); i++) {
        String s = references.get(i).stripped();
        boolean continued = i + 1 < references.size()
            && ENTRY_CONTINUATION.matcher(references.get(i + 1).text()).lookingAt();
        if (!s.isEmpty() && ".。".indexOf(s.charAt(s.length() - 1)) >= 0 && !continued) {
          return i + 1;
        }
      }
      return references.size();
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
      return new Layout(front, abstractLines, sections, references, List.copyOf(keywords),
          notes, secondFront, secondAbstract);
    }
  }

  /** A line that goes on with a reference ending in a full stop: its URL, DOI or page range. */
  private static final Pattern ENTRY_CONTINUATION =
      Pattern.compile("\\s*(?:https?://|www\\.|(?i:doi)|\\p{Ll}|\\d)");
  private static final Pattern REFERENCE_LABEL =
      Pattern.compile("\\s*(?:[\\[［]\\d{1,4}[\\]］]|\\d{1,3}[.．])");

  private static boolean isChinese(String text) {
    return LanguageDetector.CHINESE.equals(LanguageDetector.detect(text));
  }

  private static boolean endsSentence(String s) {
    return !s.isEmpty() && ".?!。？！:：\"”".indexOf(s.charAt(s.length() - 1)) >= 0;
  }
}
