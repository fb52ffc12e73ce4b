package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import org.brimine.Fixtures;
import org.brimine.cli.Main;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.themes.Taxonomy;
import picocli.CommandLine;

/**
 * A real corpus (the seed paper, two short papers written for the tests, and one whose title
 * is a script), ingested with the real pipeline, and a real server on a free port.
 */
final class WebFixture implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String SEED_ID = "nd-international-financial-cooperation-strategy-context-d6789895";
  static final String XSS_TITLE = "<script>alert(1)</script> Ports & bonds";

  final Path corpus;
  final Path index;
  final RecordSearcher searcher;
  final WebServer server;

  WebFixture(Path dir) throws IOException {
    corpus = dir.resolve("corpus");
    index = dir.resolve("index");
    PathUtils.copyDirectory(Fixtures.CORPUS, corpus);
    write("laos-railway", "The China-Laos Railway opened in 2021.\n\nThe railway links Kunming "
        + "with Vientiane, and freight trains now carry rubber and fruit to China. Customs "
        + "clearance at the Boten border port was simplified.\n",
        "{\"title\": \"The China-Laos Railway and Trade\", \"authors\": [\"Li Wei\"], "
            + "\"year\": 2022, \"venue\": \"Asian Transport Review\"}");
    write("swap-lines", "The People's Bank of China signed a currency swap with Laos.\n\nThe "
        + "AIIB lent to the railway, and RMB settlement grew along the route.\n",
        "{\"title\": \"Currency Swaps and the AIIB\", \"authors\": [\"Tan Mei\"], "
            + "\"year\": 2019, \"venue\": \"Finance Letters\"}");
    write("xss", "Bond markets and ports: a short note on financing ports with bonds. "
        + "<script>alert(2)</script> The <b>bond</b> market & ports.\n\nReferences\n"
        + "[1] Evil Author. <script>alert(4)</script> Bonds of ports [J]. Port Journal, 2020, "
        + "(1): 1-2\n",
        "{\"title\": \"" + XSS_TITLE.replace("\"", "\\\"") + "\", \"year\": 2020, "
            + "\"authors\": [\"<img src=x onerror=alert(3)>\"], "
            + "\"venue\": \"Ports & <i>Bonds</i> Review\"}");
    run("ingest", "--corpus", corpus.toString(), "--index", index.toString());
    searcher = RecordSearcher.open(index.resolve("lucene"), Ranking.DEFAULT,
        Taxonomy.load().ids());
    server = new WebServer("127.0.0.1", 0, searcher, Taxonomy.load(), corpus);
    server.start();
  }

  private void write(String slug, String text, String meta) throws IOException {
    Files.writeString(corpus.resolve("papers/" + slug + ".txt"), text, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("papers/" + slug + ".meta.json"), meta,
        StandardCharsets.UTF_8);
  }

  /** Runs a bri command in this JVM; fails when it exits non-zero. */
  static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(out, true));
    int code = cl.execute(args);
    if (code != 0) {
      throw new AssertionError("bri " + String.join(" ", args) + " exited " + code + ": " + out);
    }
    return out.toString();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** The answer to a GET of {@code path}, with these header names and values. */
  HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The JSON of a GET of {@code path}, which must answer {@code status}. */
  JsonNode json(String path, int status) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertEquals(status, r.statusCode(), path + ": " + r.body());
    return JSON.readTree(r.body());
  }

  @Override
  public void close() throws IOException {
    server.close();
    searcher.close();
  }
}
