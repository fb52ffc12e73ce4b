package org.brimine.ingest;

import java.util.Locale;
import java.util.Objects;
import org.brimine.model.Problem;

/**
 * Why a file or a record is kept out of the corpus: a {@link Reason} and a detail that quotes
 * the bad value. Thrown by the readers (the text decoder, the PDF extractor, the line reader) and
 * turned into a {@link Problem} where the file is answered for; the reason travels typed, never
 * parsed back out of a message.
 *
 * <p>It is an {@link IllegalArgumentException}, and its message reads "code: detail" for logs
 * and for callers that only show it.
 */
public final class Rejection extends IllegalArgumentException {
  /** The reasons a file or record is rejected; {@link #code()} is what summaries print. */
  public enum Reason {
    /** Not a file type the reader takes. */
    UNSUPPORTED_EXTENSION,
    /** Over the size limit. */
    TOO_LARGE,
    /** No text at all. */
    EMPTY,
    /** A NUL byte: binary data, not text. */
    BINARY,
    /** Bytes that no charset we read explains. */
    UNDECODABLE,
    /** A PDF that cannot be read: no header, cut short, or PDFBox fails on it. */
    CORRUPT_PDF,
    /** A password-protected PDF. */
    ENCRYPTED_PDF,
    /** A PDF or record with no text to be had. */
    NO_TEXT,
    /** A metadata sidecar that is not the JSON we read. */
    MALFORMED_METADATA,
    /** A file that is not there. */
    NOT_FOUND,
    /** A bibliographic record that breaks its format's rules. */
    MALFORMED_RECORD,
    /** A JSON Lines line that is not JSON. */
    NOT_JSON,
    /** Annotation of the paper failed. */
    ANNOTATION_FAILED,
    /** The index refuses the record. */
    UNINDEXABLE;

    /** The stable code printed and counted: "corrupt-pdf" for {@link #CORRUPT_PDF}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The problem this reason makes for {@code source}. */
    public Problem problem(String source, String detail) {
      return new Problem(source, code(), detail);
    }
  }

  private final Reason reason;
  private final String detail;

  public Rejection(Reason reason, String detail) {
    this(reason, detail, null);
  }

  public Rejection(Reason reason, String detail, Throwable cause) {
    super(Objects.requireNonNull(reason, "reason").code() + ": "
        + Objects.requireNonNull(detail, "detail"), cause);
    this.reason = reason;
    this.detail = detail;
  }

  public Reason reason() {
    return reason;
  }

  /** What is wrong, quoting the bad value, without the reason's code. */
  public String detail() {
    return detail;
  }

  /** The problem this rejection makes for {@code source}. */
  public Problem problem(String source) {
    return reason.problem(source, detail);
  }
}
