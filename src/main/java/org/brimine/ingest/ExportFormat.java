package org.brimine.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The formats of bibliographic files that {@code bri import} reads, and how a file's format is
 * told from its first line, since Web of Science and CNKI exports both end in {@code .txt}.
 */
public enum ExportFormat {
  /** JSON Lines: one JSON object a line. */
  JSONL("jsonl"),
  /** RIS: {@code TY  - JOUR} ... {@code ER  - }. */
  RIS("ris"),
  /** BibTeX: {@code @article{key, ...}}. */
  BIBTEX("bibtex"),
  /** Web of Science plain text: {@code FN}/{@code VR} header, tagged fields, {@code ER}. */
  WOS("wos"),
  /** Web of Science tab-delimited: a header row of tags, {@code PT\tAU\t...}. */
  WOS_TAB("wos-tab"),
  /** Scopus CSV: a header row of column names (Authors, Title, ..., EID). */
  SCOPUS("scopus"),
  /** CNKI EndNote: {@code %0 Journal Article}, {@code %A}, {@code %T} ... */
  CNKI_ENDNOTE("endnote"),
  /** CNKI RefWorks: {@code RT Journal Article}, {@code A1}, {@code T1} ... */
  CNKI_REFWORKS("refworks");

  private static final int HEAD_BYTES = 8192;
  private final String label;

  ExportFormat(String label) {
    this.label = label;
  }

  /** The name {@code --format} takes. */
  public String label() {
    return label;
  }

  /**
   * The format of this name.
   *
   * @throws IllegalArgumentException naming the formats when the name is none of them
   */
  public static ExportFormat of(String name) {
    for (ExportFormat f : values()) {
      if (f.label.equals(name.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "' (known: "
        + Arrays.stream(values()).map(ExportFormat::label).collect(Collectors.joining(", "))
        + ")");
  }

  /**
   * The format of a file told from its first non-blank line, or null when the line says
   * nothing (the caller then goes by the file's extension).
   */
  public static ExportFormat sniff(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    java.nio.charset.Charset marked = TextDecoder.byteOrderMark(head);
    String text;
    if (marked != null && marked != StandardCharsets.UTF_8) {
      // UTF-16 (WoS writes its tab-delimited export so): decoded by its mark, the head cut at a
      // whole code unit; a character cut in two at the end does not matter for the first line
      int units = (head.length - 2) / 2 * 2;
      text = new String(head, 2, units, marked);
    } else {
      int start = marked == StandardCharsets.UTF_8 ? 3 : 0;
      // the tags are ASCII: read byte for byte, whatever the charset of the rest
      text = new String(head, start, head.length - start, StandardCharsets.ISO_8859_1);
    }
    String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    return sniffLine(first);
  }

  /** The format a file whose first non-blank line is this has, or null. */
  static ExportFormat sniffLine(String line) {
    if (line.matches("(FN|VR) .*") || line.matches("PT [A-Z]\\s*")) {
      return WOS;
    }
    if (line.startsWith("PT\t") || line.matches("(?:\\S{2}\\t)+\\S{2}\\s*") && line.contains("UT")) {
      return WOS_TAB;
    }
    String header = line.replace("\"", "");
    if (header.contains("Source title") && (header.contains("EID") || header.contains("Title,"))) {
      return SCOPUS;
    }
    if (line.startsWith("%0 ")) {
      return CNKI_ENDNOTE;
    }
    if (line.startsWith("RT ")) {
      return CNKI_REFWORKS;
    }
    if (line.startsWith("TY  - ")) {
      return RIS;
    }
    if (line.strip().startsWith("@")) {
      return BIBTEX;
    }
    if (line.strip().startsWith("{")) {
      return JSONL;
    }
    return null;
  }
}
