package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.brimine.model.CitedReference;
import org.brimine.model.Entity;
import org.brimine.model.Keyphrase;
import org.brimine.model.ThemeScore;
import org.brimine.model.PaperRecord;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.brimine.model.Section;
import org.brimine.parse.LanguageDetector;
import org.brimine.search.Hit;
import org.brimine.search.Ranking;
import org.brimine.search.RecordDetails;
import org.brimine.search.RecordSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bri show ID}: one record with its metadata, sections, references and cited-by. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Print a record: metadata, sections, references, and the papers citing it.")
final class ShowCommand implements Callable<Integer> {
  @Mixin
  Locations locations;

  @Parameters(index = "0", paramLabel = "ID", description = "the record id")
  String id;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Optional<RecordDetails> found;
    try (RecordSearcher searcher = RecordSearcher.open(locations.lucene(), Ranking.DEFAULT)) {
      found = searcher.lookup().find(id);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (found.isEmpty()) {
      spec.commandLine().getErr().println("bri show: no record with id '" + id + "'");
      return Main.EXIT_FAILURE;
    }
    RecordDetails details = found.get();
    if (json) {
      out.println(Json.pretty(details.view()));
    } else if (details.paper() != null) {
      printPaper(out, details.paper());
    } else {
      printReference(out, details.id(), details.reference());
    }
    if (!json) {
      out.println("Cited by: " + details.citedBy().size());
      for (Hit hit : details.citedBy()) {
        out.println("  " + hit.id() + "  " + hit.title());
      }
    }
    out.flush();
    return 0;
  }

  private static void printPaper(PrintWriter out, PaperRecord record) {
    ParsedPaper p = record.paper();
    var meta = p.paper().metadata();
    out.println(p.title() + (p.titleInferred() ? "  (title inferred)" : ""));
    // the title in the paper's other language, when it has two
    p.titles().stream().skip(1).forEach(t -> out.println(t));
    out.println("id: " + p.id() + "  kind: paper  source: " + p.paper().source());
    line(out, "authors",
        p.knownAuthors().isEmpty() ? null : String.join("; ", p.knownAuthors()));
    line(out, "year", meta.year() == null ? null : meta.year().toString());
    line(out, "venue", meta.venue());
    line(out, "doi", meta.doi());
    line(out, "url", meta.url());
    var exported = meta.exported();
    if (exported != null) {
      // what the database export said: where in its issue, its ids, its count of citations
      line(out, "volume", exported.volume());
      line(out, "issue", exported.issue());
      line(out, "pages", exported.pages());
      line(out, "database ids", exported.databaseIds().isEmpty() ? null
          : String.join("; ", exported.databaseIds()));
      line(out, "times cited (database)", exported.timesCited() == null ? null
          : exported.timesCited().toString());
      line(out, "author keywords", exported.authorKeywords().isEmpty() ? null
          : String.join("; ", exported.authorKeywords()));
      line(out, "indexed keywords", exported.indexedKeywords().isEmpty() ? null
          : String.join("; ", exported.indexedKeywords()));
      exported.affiliations().forEach(a -> line(out, "affiliation", a));
      line(out, "countries", exported.countries().isEmpty() ? null : String.join("; ", exported.countries()));
    }
    if (!p.frontMatter().isEmpty()) {
      out.println();
      out.println("Front matter:");
      p.frontMatter().forEach(f -> out.println("  " + f.text()));
    }
    if (p.abstractText() != null) {
      out.println();
      out.println("Abstract: " + p.abstractText());
    }
    p.abstracts().stream().skip(p.abstractText() == null ? 0 : 1)
        .forEach(a -> out.println("Abstract (" + LanguageDetector.detect(a) + "): " + a));
    if (!p.keywords().isEmpty()) {
      out.println("Keywords: " + String.join("; ", p.keywords()));
    }
    out.println();
    out.println("Sections:");
    for (Section s : p.sections()) {
      // "1.2. ", "IV. ", but "一 ", "（一） ", "第一章 "
      String number = s.number() == null ? ""
          : s.number().matches("[\\d.]+|[IVX]+") ? s.number() + ". " : s.number() + " ";
      out.println("  " + number + s.heading()
          + "  (" + s.paragraphs().size() + " paragraphs)");
    }
    out.println();
    out.println("Themes:");
    for (ThemeScore t : record.themes()) {
      out.printf(java.util.Locale.ROOT, "  %-34s %5.1f%%  (%d sentences)%n", t.theme(),
          100 * t.weight(), t.sentences());
    }
    out.println();
    out.println("Keyphrases: " + String.join("; ",
        record.keyphrases().stream().map(Keyphrase::phrase).toList()));
    out.println();
    out.println("Entities:");
    for (Entity e : record.entities()) {
      out.println("  " + e.type() + "  " + e.canonical() + "  (" + e.mentions() + ")");
    }
    out.println();
    out.println("References: " + p.references().size());
    int n = 0;
    for (CitedReference cited : p.references()) {
      out.println("  [" + ++n + "] " + cited.reference().raw());
      out.println("      -> " + cited.id());
    }
  }

  private static void printReference(PrintWriter out, String id, Reference r) {
    out.println(r.title() != null ? r.title() : r.raw());
    out.println("id: " + id + "  kind: reference");
    line(out, "authors", r.authors().isEmpty() ? null : String.join("; ", r.authors()));
    line(out, "type", r.type());
    line(out, "venue", r.venue());
    line(out, "place", r.place());
    line(out, "year", r.year() == null ? null : r.year().toString());
    line(out, "volume", r.volume());
    line(out, "issue", r.issue());
    line(out, "pages", r.pages());
    line(out, "url", r.url());
    line(out, "doi", r.doi());
    line(out, "raw", r.raw());
  }

  private static void line(PrintWriter out, String name, String value) {
    if (value != null) {
      out.println(name + ": " + value);
    }
  }
}
