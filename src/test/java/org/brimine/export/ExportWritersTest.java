package org.brimine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.brimine.ingest.BibRecord;
import org.brimine.ingest.BibTexReader;
import org.brimine.ingest.RisReader;
import org.brimine.model.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWritersTest {
  private static final Citation ARTICLE = new Citation("wang-2017", RecordKind.PAPER, "J",
      "Rail & ports: 50% of {trade} under_the #BRI ~ $1bn",
      List.of("Wang, Nan", "Smith, John"), 2017, "Modern Marketing", "4", "11", "133-134", null,
      "10.1000/abc_1", "https://example.org/a?b=1&c=2", "en",
      "An abstract,\nwith a line break and \"quotes\".", List.of("belt and road", "finance"), 3);
  private static final Citation CHINESE = new Citation("zh-1", RecordKind.PAPER, null,
      "“一带一路”倡议下的金融合作", List.of("王明", "李华"), 2018, "国际经济合作", null, null, null,
      null, null, null, "zh", "摘要文本。", List.of(), 0);

  @TempDir
  Path dir;

  private static String write(ExportFormat format, Citation... citations) throws IOException {
    StringWriter out = new StringWriter();
    CitationWriter writer = format.open(out);
    for (Citation c : citations) {
      writer.write(c);
    }
    writer.finish();
    return out.toString();
  }

  @Test
  void writesRisTagsPerTheSpecification() throws IOException {
    String ris = write(ExportFormat.RIS, ARTICLE);
    assertEquals(String.join("\r\n", "TY  - JOUR", "AU  - Wang, Nan", "AU  - Smith, John",
        "TI  - Rail & ports: 50% of {trade} under_the #BRI ~ $1bn", "T2  - Modern Marketing",
        "JO  - Modern Marketing", "PY  - 2017", "VL  - 4", "IS  - 11", "SP  - 133", "EP  - 134",
        "DO  - 10.1000/abc_1", "UR  - https://example.org/a?b=1&c=2", "KW  - belt and road",
        "KW  - finance", "AB  - An abstract, with a line break and \"quotes\".", "LA  - en",
        "ID  - wang-2017", "ER  - ", "", ""), ris);
  }

  @Test
  void risIsReadBackByTheImporter() throws IOException {
    Path file = dir.resolve("x.ris");
    Files.writeString(file, write(ExportFormat.RIS, ARTICLE, CHINESE));
    List<BibRecord> read = new RisReader().read(file).records();
    assertEquals(2, read.size());
    assertEquals(ARTICLE.title(), read.get(0).metadata().title());
    assertEquals(ARTICLE.authors(), read.get(0).authors());
    assertEquals("10.1000/abc_1", read.get(0).metadata().doi());
    assertEquals(CHINESE.title(), read.get(1).metadata().title());
    assertEquals("国际经济合作", read.get(1).metadata().venue());
  }

  @Test
  void bibTexEscapesLatexAndIsReadBackToTheSameFields() throws IOException {
    String bib = write(ExportFormat.BIBTEX, ARTICLE, CHINESE);
    assertTrue(bib.contains("@article{wang-2017,"), bib);
    assertTrue(bib.contains("Rail \\& ports: 50\\% of \\{trade\\} under\\_the \\#BRI "
        + "\\textasciitilde{} \\$1bn"), bib);
    assertTrue(bib.contains("pages = {133--134}"), bib);
    Path file = dir.resolve("x.bib");
    Files.writeString(file, bib);
    List<BibRecord> read = new BibTexReader().read(file).records();
    assertEquals(2, read.size());
    BibRecord article = read.get(0);
    assertEquals(ARTICLE.title(), article.metadata().title());
    assertEquals(ARTICLE.authors(), article.authors());
    assertEquals(2017, article.metadata().year());
    assertEquals("Modern Marketing", article.metadata().venue());
    assertEquals("10.1000/abc_1", article.metadata().doi());
    assertEquals("https://example.org/a?b=1&c=2", article.metadata().url());
    assertEquals(CHINESE.title(), read.get(1).metadata().title());
    assertEquals(CHINESE.authors(), read.get(1).authors());
  }

  @Test
  void csvHasAHeaderAndQuotesFieldsWithCommasAndLineBreaks() throws IOException {
    String csv = write(ExportFormat.CSV, ARTICLE, CHINESE);
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .build().parse(new StringReader(csv)).getRecords();
    assertEquals(2, rows.size());
    assertEquals("Wang, Nan; Smith, John", rows.get(0).get("authors"));
    assertEquals("An abstract,\nwith a line break and \"quotes\".", rows.get(0).get("abstract"));
    assertEquals("3", rows.get(0).get("cited_by"));
    assertEquals("王明; 李华", rows.get(1).get("authors"));
    assertTrue(csv.startsWith("id,kind,type,title,authors,year,venue,"), csv);
  }

  @Test
  void cslJsonFollowsTheCslDataSchema() throws IOException {
    JsonNode items = new ObjectMapper().readTree(write(ExportFormat.CSLJSON, ARTICLE, CHINESE));
    assertEquals(2, items.size());
    JsonNode a = items.get(0);
    assertEquals("article-journal", a.get("type").asText());
    assertEquals("Wang", a.get("author").get(0).get("family").asText());
    assertEquals("Nan", a.get("author").get(0).get("given").asText());
    assertEquals(2017, a.get("issued").get("date-parts").get(0).get(0).asInt());
    assertEquals("Modern Marketing", a.get("container-title").asText());
    assertEquals("133-134", a.get("page").asText());
    assertEquals("10.1000/abc_1", a.get("DOI").asText());
    assertEquals("王明", items.get(1).get("author").get(0).get("literal").asText());
    assertEquals("article", items.get(1).get("type").asText());
    assertTrue(items.get(1).get("volume") == null, "no empty fields");
  }

  @Test
  void anEmptyExportIsAnEmptyArrayInCslJson() throws IOException {
    assertEquals("[]", write(ExportFormat.CSLJSON));
  }

  @Test
  void refusesAnUnknownFormatNamingTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExportFormat.named("endnote"));
    assertEquals("format must be one of bibtex, ris, csv, csljson, got 'endnote'",
        e.getMessage());
  }
}
