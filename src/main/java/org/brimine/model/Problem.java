package org.brimine.model;

import java.util.Objects;

/**
 * Something wrong with an input that did not stop the run: a reference that could not be parsed,
 * a file that was rejected, a field that is missing.
 *
 * @param source the file or record the problem was found in
 * @param reason a short, stable reason code (for counting), such as {@code unparsed-reference}
 * @param detail a human-readable message that quotes the bad value
 */
public record Problem(String source, String reason, String detail) {
  public Problem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return source + ": " + reason + ": " + detail;
  }
}
