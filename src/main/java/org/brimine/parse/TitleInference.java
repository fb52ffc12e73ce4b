package org.brimine.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.Section;

/**
 * Guesses a paper's title when its metadata has none and the text lost its title line.
 *
 * <p>In order: a title-like line before the abstract; the topic that the abstract announces
 * ("The paper focuses on the issue of X."); the most specific section heading; the first words
 * of the text.
 */
final class TitleInference {
  private static final Pattern ANNOUNCED = Pattern.compile(
      "\\b(?:this|the|our) (?:paper|article|study|thesis|essay|research)"
          + " (?:mainly )?(?:focuses on|discusses|studies|examines|explores|analy[sz]es|investigates"
          + "|is about|deals with)(?: the (?:issue|problem|question|topic)s? of)? (.{10,200}?)\\.",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> GENERIC_HEADINGS = Set.of("introduction", "conclusion",
      "conclusions", "background", "discussion", "results", "methods", "methodology",
      "literature review", "related work", "acknowledgements", "acknowledgments", "");
  private static final int MAX_TITLE_LENGTH = 200;
  private static final int FALLBACK_WORDS = 12;

  String infer(List<Line> frontLines, String abstractText, List<Section> sections) {
    for (Line line : frontLines) {
      String s = line.stripped();
      if (!s.isEmpty()) {
        if (s.length() <= MAX_TITLE_LENGTH && !s.endsWith(".")) {
          return s;
        }
        break;
      }
    }
    if (abstractText != null) {
      Matcher m = ANNOUNCED.matcher(abstractText);
      if (m.find()) {
        return capitalise(m.group(1).strip());
      }
    }
    Section specific = null;
    for (Section section : sections) {
      boolean generic = GENERIC_HEADINGS.contains(section.heading().toLowerCase(Locale.ROOT));
      if (!generic && (specific == null
          || section.heading().length() > specific.heading().length())) {
        specific = section;
      }
    }
    if (specific != null) {
      return specific.heading();
    }
    String text = abstractText != null ? abstractText
        : sections.stream().map(Section::text).filter(t -> !t.isBlank()).findFirst().orElse("");
    String[] words = text.strip().split("\\s+");
    String head = String.join(" ", List.of(words).subList(0, Math.min(FALLBACK_WORDS, words.length)));
    return head.isEmpty() ? "Untitled" : head + (words.length > FALLBACK_WORDS ? " ..." : "");
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
