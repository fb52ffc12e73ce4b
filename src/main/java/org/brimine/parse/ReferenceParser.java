package org.brimine.parse;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.Reference;

/**
 * Parses one reference-list entry into a {@link Reference}: GB/T 7714 in half-width or
 * full-width punctuation, English numbered styles (IEEE, Vancouver) and author-year styles (APA,
 * Harvard, Chicago author-date).
 *
 * <p>It needs one entry on one line, as {@link ReferenceListSplitter} gives it; a list label such
 * as {@code [1]}, {@code ［1］}, {@code 1.} or {@code 1)} is stripped. An entry that no style
 * reads comes back as {@link Reference#unparsed(String)} with its raw string, never dropped.
 *
 * <p>NOTE: the GB/T reader is tried first, because a bracketed document type code such as
 * {@code [J]} is the surest sign of a style; English styles are told apart by their shape.
 */
public final class ReferenceParser {

  private static final Pattern LABEL = Pattern.compile(
      "^(?:\\[\\s*\\d{1,4}\\s*]|\\(\\d{1,4}\\)|\\d{1,3}[.)](?=\\s|\\p{L}|\\p{IsHan}|$))\\s*");

  /**
   * Longer than any real entry: such a string is a splitting error, and reading it would cost
   * time that grows with the square of its length.
   */
  private static final int MAX_ENTRY_LENGTH = 2_000;

  private final GbtReader gbt = new GbtReader();
  private final AuthorYearReader authorYear = new AuthorYearReader();
  private final NumberedReader numbered = new NumberedReader();

  /** Reads the entry into fields, or returns it unparsed with its raw string kept. */
  public Reference parse(String entry) {
    Objects.requireNonNull(entry, "entry");
    String raw = stripLabel(RefText.squeeze(entry));
    if (raw.isEmpty() || raw.length() > MAX_ENTRY_LENGTH) {
      return Reference.unparsed(raw);
    }
    Optional<Reference> read = gbt.read(raw);
    if (read.isEmpty()) {
      read = authorYear.read(raw);
    }
    if (read.isEmpty()) {
      read = numbered.read(raw);
    }
    return read.filter(ReferenceParser::plausible).orElseGet(() -> Reference.unparsed(raw));
  }

  /** Removes the list label; offsets of the folded text are those of the entry. */
  private static String stripLabel(String entry) {
    Matcher label = LABEL.matcher(RefText.fold(entry));
    return label.find() ? entry.substring(label.end()) : entry;
  }

  /** Whether a reading found enough to be a reference: a title and a year, venue or URL. */
  private static boolean plausible(Reference ref) {
    return ref.title() != null
        && (ref.year() != null || ref.venue() != null || ref.url() != null);
  }
}
