package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bri export}: what it writes, {@code bri import} reads back into the same records. */
class ExportCliTest {
  private static final String RIS = String.join("\n",
      "TY  - JOUR", "AU  - Wang, Nan", "AU  - Smith, John",
      "TI  - Rail Corridors of Laos: 50% & more", "JO  - Journal of Transport Geography",
      "PY  - 2022", "DO  - 10.1000/rail.1",
      "AB  - Freight trains on the China-Laos Railway carry rubber to Kunming.", "ER  - ",
      "TY  - JOUR", "AU  - 王明", "TI  - “一带一路”倡议下的金融合作", "JO  - 国际经济合作", "PY  - 2018",
      "LA  - zh", "AB  - 亚投行为沿线国家的基础设施提供融资。", "ER  - ",
      "TY  - JOUR", "AU  - Doe, Jane", "TI  - The Port of Gwadar", "JO  - Asian Survey",
      "PY  - 2019", "AB  - Gwadar port is a hub of the China-Pakistan Economic Corridor.",
      "ER  - ", "");

  @TempDir
  Path work;

  /** Title, authors, year, venue and DOI of every paper, oldest first, from a CSV export. */
  private List<List<String>> fields(LibraryFixture lib) throws IOException {
    Path csv = work.resolve("fields-" + lib.index.getParent().getFileName() + ".csv");
    CliRun r = lib.run("export", "*:*", "--format", "csv", "--out", csv.toString(), "--kind",
        "paper", "--sort", "oldest");
    assertEquals(0, r.exitCode(), r.err());
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .build().parse(new StringReader(Files.readString(csv))).getRecords();
    return rows.stream().map(row -> List.of(row.get("title"), row.get("authors"),
        row.get("year"), row.get("venue"), row.get("doi"))).toList();
  }

  private void roundTrip(String format, String extension) throws IOException {
    LibraryFixture first = new LibraryFixture(work.resolve("first"));
    Path in = Files.writeString(work.resolve("in.ris"), RIS);
    assertEquals(0, first.run("import", in.toString()).exitCode());
    Path out = work.resolve("out." + extension);
    CliRun export = first.run("export", "*:*", "--format", format, "--out", out.toString());
    assertEquals(0, export.exitCode(), export.err());
    assertTrue(export.err().contains("export: 3 records for '*:*' as " + format), export.err());
    LibraryFixture second = new LibraryFixture(work.resolve("second"));
    CliRun again = second.run("import", out.toString());
    assertEquals(0, again.exitCode(), again.out() + again.err());
    List<List<String>> expected = fields(first);
    assertEquals(3, expected.size());
    assertEquals(List.of("“一带一路”倡议下的金融合作", "王明", "2018", "国际经济合作", ""),
        expected.get(0));
    assertEquals(expected, fields(second));
  }

  @Test
  void risExportIsImportedBackIntoTheSameRecords() throws IOException {
    roundTrip("ris", "ris");
  }

  @Test
  void bibtexExportIsImportedBackIntoTheSameRecords() throws IOException {
    roundTrip("bibtex", "bib");
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheFormats() throws IOException {
    LibraryFixture lib = new LibraryFixture(work);
    CliRun r = lib.run("export", "rail", "--format", "endnote", "--out",
        work.resolve("x").toString());
    assertEquals(2, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains("format must be one of bibtex, ris, csv, csljson, got 'endnote'"),
        r.err());
  }
}
