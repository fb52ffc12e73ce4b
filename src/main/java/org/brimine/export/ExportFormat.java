package org.brimine.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats: their names on the command line and in the API, files and media types. */
public enum ExportFormat {
  BIBTEX("bibtex", "bib", "application/x-bibtex"),
  RIS("ris", "ris", "application/x-research-info-systems"),
  CSV("csv", "csv", "text/csv"),
  CSLJSON("csljson", "json", "application/vnd.citationstyles.csl+json");

  private final String label;
  private final String extension;
  private final String mediaType;

  ExportFormat(String label, String extension, String mediaType) {
    this.label = label;
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The name users type: "bibtex", "ris", "csv", "csljson". */
  public String label() {
    return label;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The media type, without a charset (the text is UTF-8). */
  public String mediaType() {
    return mediaType;
  }

  /** A writer of this format on {@code out}. */
  public CitationWriter open(Writer out) throws IOException {
    return switch (this) {
      case BIBTEX -> new BibTexWriter(out);
      case RIS -> new RisWriter(out);
      case CSV -> new CsvWriter(out);
      case CSLJSON -> new CslJsonWriter(out);
    };
  }

  /**
   * The format with this name, in any case.
   *
   * @throws IllegalArgumentException naming the formats, when there is none of that name
   */
  public static ExportFormat named(String name) {
    for (ExportFormat f : values()) {
      if (f.label.equals(name == null ? null : name.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("format must be one of " + Arrays.stream(values())
        .map(ExportFormat::label).collect(Collectors.joining(", ")) + ", got '" + name + "'");
  }
}
