package org.brimine.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Problem;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads BibTeX with JBibTeX: every entry (article, book, inproceedings, thesis, report, misc,
 * ...) becomes a record; LaTeX in field values ({@code {\"u}}, {@code --}, braces) becomes plain
 * text. The venue is the journal, book title, publisher, school or institution, in that order;
 * the text is the {@code abstract}.
 *
 * <p>NOTE: the file is split into entries first ({@link BibTexEntries}) and JBibTeX parses each
 * alone, so that text between entries (a comment in BibTeX, a syntax error to JBibTeX) is
 * skipped, and an unclosed or malformed entry is rejected with its line while the others are
 * read. {@code @string} macros are carried from their entry to the entries after it.
 */
public final class BibTexReader {
  private static final List<String> VENUE_FIELDS = List.of("journal", "journaltitle",
      "booktitle", "publisher", "school", "institution", "organization", "howpublished");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
  private final TextDecoder decoder = new TextDecoder();

  /** Reads the entries of a BibTeX file. */
  public BibRecords read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String text = decoder.decode(Files.readAllBytes(file));
    BibTeXParser parser = lenientParser();
    List<Problem> problems = new ArrayList<>();
    List<BibRecord> records = new ArrayList<>();
    for (BibTexEntries.Entry entry : BibTexEntries.split(text)) {
      if (!entry.closed()) {
        problems.add(Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + entry.line(),
            "unclosed entry '" + entry.head() + "': its braces are still open "
                + (entry.endedAt() == 0 ? "at the end of the file"
                    : "at line " + entry.endedAt() + ", where the next entry starts")));
        continue;
      }
      if (entry.type().equals("comment") || entry.type().equals("preamble")) {
        continue;
      }
      BibTeXDatabase database;
      try {
        database = parser.parse(new StringReader(entry.text()));
      } catch (ParseException e) {
        int at = e.currentToken != null && e.currentToken.next != null
            ? entry.line() + Math.max(1, e.currentToken.next.beginLine) - 1 : entry.line();
        problems.add(syntaxError(name, at, entry, e));
        continue;
      } catch (RuntimeException e) { // TokenMgrException (a lexical error) and others
        problems.add(syntaxError(name, entry.line(), entry, e));
        continue;
      }
      database.getStrings().values().forEach(parser::addMacro);
      for (BibTeXEntry parsed : database.getEntries().values()) {
        records.add(record(parsed, name + " entry " + parsed.getKey().getValue() + " [@"
            + parsed.getType().getValue().toLowerCase(Locale.ROOT) + "] (line " + entry.line()
            + ")"));
      }
    }
    return new BibRecords(records, problems);
  }

  private static Problem syntaxError(String name, int line, BibTexEntries.Entry entry,
      Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getMessage().lines().findFirst().orElse("").strip();
    return Rejection.Reason.MALFORMED_RECORD.problem(name + " line " + line,
        "BibTeX syntax error in entry '" + entry.head() + "' (line " + entry.line() + "): "
            + message);
  }

  /** A parser that leaves undefined {@code @string} macros and cross-references be. */
  private static BibTeXParser lenientParser() {
    try {
      return new BibTeXParser() {
        @Override
        public void checkStringResolution(Key key, org.jbibtex.BibTeXString string) {}

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {}
      };
    } catch (ParseException | TokenMgrException e) {
      throw new IllegalStateException("JBibTeX cannot make a parser", e);
    }
  }

  private static BibRecord record(BibTeXEntry entry, String origin) {
    String title = field(entry, "title");
    String authorList = field(entry, "author");
    List<String> authors = authorList == null ? List.of()
        : Arrays.stream(AND.split(authorList)).map(String::strip).filter(a -> !a.isEmpty())
            .toList();
    String venue = null;
    for (String f : VENUE_FIELDS) {
      venue = venue != null ? venue : field(entry, f);
    }
    String date = field(entry, "year") != null ? field(entry, "year") : field(entry, "date");
    Integer year = null;
    if (date != null) {
      Matcher y = YEAR.matcher(date);
      year = y.find() ? Integer.valueOf(y.group(1)) : null;
    }
    PaperMetadata meta = new PaperMetadata(title, authors, year, venue, field(entry, "doi"),
        field(entry, "url"), field(entry, "language"));
    return new BibRecord(meta, field(entry, "abstract"), origin, 0,
        "key " + entry.getKey().getValue());
  }

  /** A field's value as plain text, or null when the entry does not have it. */
  private static String field(BibTeXEntry entry, String name) {
    Value value = entry.getField(new Key(name));
    if (value == null) {
      return null;
    }
    String latex = value.toUserString();
    try {
      String plain = new LaTeXPrinter().print(new LaTeXParser().parse(new StringReader(latex)));
      return plain.replaceAll("\\s+", " ").strip();
    } catch (ParseException | TokenMgrException e) {
      // Not well-formed LaTeX: keep the value, without the grouping braces.
      return latex.replace("{", "").replace("}", "").replaceAll("\\s+", " ").strip();
    }
  }
}
