package org.brimine.model;

import java.util.Objects;

/**
 * A document as read from the corpus: its text and metadata, before any parsing.
 *
 * @param slug the readable file name without extension, unique within the corpus
 * @param source the path of the file the text came from, relative to the corpus root
 * @param text the full text as extracted (from a PDF or a text file), line breaks kept
 * @param metadata metadata from the sidecar file, possibly empty
 * @param contentHash a hex SHA-256 of the text and the metadata, to notice changes
 */
public record Paper(
    String slug, String source, String text, PaperMetadata metadata, String contentHash) {

  public Paper {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(contentHash, "contentHash");
  }

  /**
   * A hex SHA-256 of the text alone, whitespace runs collapsed: the same paper under another file
   * name, with other line breaks or other metadata, has the same text hash.
   */
  public String textHash() {
    String normal = text.strip().replaceAll("\\s+", " ");
    return Hashes.sha256(normal);
  }
}
