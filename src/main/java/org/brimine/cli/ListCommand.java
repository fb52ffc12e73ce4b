package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.Callable;
import org.brimine.index.MissingMetadata;
import org.brimine.model.RecordKind;
import org.brimine.search.Hit;
import org.brimine.search.RecordLookup;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bri list}: the records of the index, by id. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the records of the index, sorted by id; filter by kind, year and "
        + "missing metadata.")
final class ListCommand implements Callable<Integer> {
  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");

  @Mixin
  Locations locations;

  @Option(names = "--kind", paramLabel = "KIND", description = "only paper or reference records")
  String kind;

  @Option(names = "--year", paramLabel = "YEAR[-YEAR]",
      description = "only records of this year, or of this range of years (2015-2018)")
  String year;

  @Option(names = "--missing", paramLabel = "FIELD", split = ",",
      description = "only records that lack this metadata: title, authors, year, venue, doi "
          + "(repeat or separate with commas)")
  List<String> missing;

  @Option(names = "--limit", defaultValue = "1000",
      description = "the most to list (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--offset", defaultValue = "0",
      description = "records to skip, for the next page (default: 0)")
  int offset;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    SearchFilters filters = filters();
    if (limit < 1 || offset < 0) {
      throw new UsageException("--limit must be 1 or more and --offset 0 or more, got "
          + limit + " and " + offset);
    }
    RecordLookup.Listing listing;
    try (RecordSearcher searcher = RecordSearcher.open(locations.lucene(), Ranking.DEFAULT)) {
      listing = searcher.lookup().list(filters, offset, limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.pretty(listing.hits()));
      if (listing.hits().size() < listing.total()) {
        // the JSON is a page only: say so where it does not disturb the JSON
        spec.commandLine().getErr().println(summary(listing));
        spec.commandLine().getErr().flush();
      }
    } else {
      for (Hit hit : listing.hits()) {
        out.printf("%-60s %-9s %s%s%n", hit.id(), hit.kind(),
            hit.year() == null ? "" : hit.year() + " ", hit.title());
      }
      out.println(summary(listing));
    }
    out.flush();
    return 0;
  }

  /** The summary line: all records, the first of them, or which page of them. */
  static String summary(RecordLookup.Listing listing) {
    int shown = listing.hits().size();
    String total = count(listing.total());
    String next = listing.more() ? "; --offset " + (listing.offset() + shown) + " for the next"
        : "";
    if (shown == listing.total()) {
      return "list: " + total + " records";
    }
    if (shown == 0) {
      return "list: no records from " + count(listing.offset()) + " on, of " + total;
    }
    if (listing.offset() == 0) {
      return "list: first " + count(shown) + " of " + total + " records" + next;
    }
    return "list: records " + count(listing.offset() + 1L) + "-"
        + count((long) listing.offset() + shown) + " of " + total + next;
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The filters, all of them required. */
  private SearchFilters filters() {
    SearchFilters filters = SearchFilters.NONE;
    if (kind != null) {
      if (!kind.equals("paper") && !kind.equals("reference")) {
        throw new UsageException("--kind must be paper or reference, got '" + kind + "'");
      }
      filters = filters.withKind(RecordKind.valueOf(kind.toUpperCase(Locale.ROOT)));
    }
    if (year != null) {
      Matcher m = YEARS.matcher(year.strip());
      if (!m.matches()) {
        throw new UsageException("--year must be a year or a range such as 2015-2018,"
            + " got '" + year + "'");
      }
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      if (from > to) {
        throw new UsageException("--year must be a range with its first year first, got '"
            + year + "'");
      }
      filters = filters.withYears(from, to);
    }
    for (String field : missing == null ? List.<String>of() : missing) {
      try {
        filters = filters.withMissing(MissingMetadata.of(field));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--missing must be one of " + Arrays.stream(
            MissingMetadata.values()).map(MissingMetadata::label).toList() + ", got '" + field
            + "'");
      }
    }
    return filters;
  }
}
