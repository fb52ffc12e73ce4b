package org.brimine.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A section of a paper: its number and heading as printed, and its paragraphs.
 *
 * @param number the section number as printed ("1", "2.3"), or null for unnumbered sections
 * @param heading the heading text without its number
 * @param paragraphs the section's paragraphs in order
 */
public record Section(String number, String heading, List<Paragraph> paragraphs) {
  public Section {
    Objects.requireNonNull(heading, "heading");
    paragraphs = List.copyOf(paragraphs);
  }

  /** The section's text: its paragraphs separated by blank lines. */
  public String text() {
    return paragraphs.stream().map(Paragraph::text).collect(Collectors.joining("\n\n"));
  }
}
