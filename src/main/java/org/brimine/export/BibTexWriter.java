package org.brimine.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * Writes BibTeX with JBibTeX's formatter, one entry at a time. The entry type and the venue's
 * field follow the document type (a journal article's venue is its {@code journal}, a book's its
 * {@code publisher}, a thesis's its {@code school}); a record of unknown type with a venue is an
 * {@code article}, without one a {@code misc}. The key is the record id, with the characters a
 * key may not hold replaced by {@code _}.
 *
 * <p>NOTE: values are LaTeX: the characters LaTeX reserves ({@code & % $ # _ { } ~ ^ \}) are
 * escaped, which {@code bri import} (JBibTeX's LaTeX parser) reads back to themselves. Its parser
 * does not take CJK characters, so a value with both CJK text and a reserved character is read
 * back with the escapes kept.
 */
final class BibTexWriter implements CitationWriter {
  /** Entry types and venue fields of the GB/T 7714 document type codes. */
  private static final Map<String, String[]> TYPES = Map.of(
      "J", new String[] {"article", "journal"}, "N", new String[] {"article", "journal"},
      "M", new String[] {"book", "publisher"}, "C", new String[] {"inproceedings", "booktitle"},
      "D", new String[] {"phdthesis", "school"}, "R", new String[] {"techreport", "institution"},
      "EB/OL", new String[] {"misc", "howpublished"});
  private static final int MAX_KEY = 60;

  private final Writer out;
  private final BibTeXFormatter formatter = new BibTeXFormatter();

  BibTexWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(Citation c) throws IOException {
    String[] type = TYPES.getOrDefault(c.type() == null ? "" : c.type(),
        c.venue() != null ? TYPES.get("J") : new String[] {"misc", "howpublished"});
    BibTeXEntry entry = new BibTeXEntry(new Key(type[0]), new Key(key(c.id())));
    field(entry, "author", c.authors().isEmpty() ? null : String.join(" and ", c.authors()));
    field(entry, "title", c.title());
    field(entry, type[1], c.venue());
    field(entry, "address", c.place());
    field(entry, "year", c.year() == null ? null : c.year().toString());
    field(entry, "volume", c.volume());
    field(entry, "number", c.issue());
    field(entry, "pages", c.pages() == null ? null : c.pages().replaceAll("[-–]+", "--"));
    field(entry, "doi", c.doi());
    field(entry, "url", c.url());
    field(entry, "keywords", c.keywords().isEmpty() ? null : String.join(", ", c.keywords()));
    field(entry, "abstract", c.abstractText());
    field(entry, "language", c.language());
    BibTeXDatabase one = new BibTeXDatabase();
    one.addObject(entry);
    formatter.format(one, out);
    out.write("\n");
  }

  private static void field(BibTeXEntry entry, String name, String value) {
    if (value != null && !value.isBlank()) {
      String text = name.equals("url") || name.equals("doi") ? value.strip()
          : escape(value.strip().replaceAll("\\s+", " "));
      entry.addField(new Key(name), new StringValue(text, StringValue.Style.BRACED));
    }
  }

  /** The value as LaTeX: its reserved characters escaped. */
  static String escape(String value) {
    StringBuilder b = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\textbackslash{}");
        case '~' -> b.append("\\textasciitilde{}");
        case '^' -> b.append("\\textasciicircum{}");
        case '&', '%', '$', '#', '_', '{', '}' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A BibTeX key made from a record id. */
  static String key(String id) {
    String key = id.replaceAll("[^A-Za-z0-9_:.+/-]", "_");
    return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
