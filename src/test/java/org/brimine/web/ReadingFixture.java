package org.brimine.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.file.PathUtils;
import org.brimine.Fixtures;
import org.brimine.parse.WorkIds;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.themes.Taxonomy;

/**
 * A real corpus for the reading view and the author and venue pages (the seed, a railway paper
 * by an English and a Chinese author, a paper that cites a work by DOI, and that work's full
 * text under another title), ingested with the real pipeline, and a real server on a free port
 * that serves the corpus's source files.
 */
final class ReadingFixture implements AutoCloseable {
  static final String RAILWAY_ID = WorkIds.forWork("The China-Laos Railway and Trade", 2022);
  static final String CITED_REFERENCE_ID =
      WorkIds.forWork("Port finance along the Maritime Silk Road", 2018);
  static final String CITED_PAPER_ID =
      WorkIds.forWork("Port Finance on the 21st-Century Maritime Silk Road", 2018);

  final Path corpus;
  final RecordSearcher searcher;
  final WebServer server;

  ReadingFixture(Path dir) throws IOException {
    corpus = dir.resolve("corpus");
    Path index = dir.resolve("index");
    PathUtils.copyDirectory(Fixtures.CORPUS, corpus);
    write("laos-railway", "The China-Laos Railway opened in 2021.\n\nThe railway links "
        + "Kunming with Vientiane, and freight trains now carry rubber and fruit to China. Customs "
        + "clearance at the Boten border port was simplified.\n",
        "{\"title\": \"The China-Laos Railway and Trade\", \"authors\": [\"Li Wei\", \"王明\"], "
            + "\"year\": 2022, \"venue\": \"Asian Transport Review\"}");
    write("citing", "Ports and finance on the Maritime Silk Road.\n\nPort finance grew "
        + "with bonds.\n\nReferences\n[1] Zhao Lei. Port finance along the Maritime Silk Road[J]. "
        + "Ocean Economy, 2018, (2): 5-9. DOI: 10.1234/ports.2018\n",
        "{\"title\": \"Citing Port Finance\", \"authors\": [\"Qian Yu\", \"Li Wei\"], "
            + "\"year\": 2020, \"venue\": \"Sea Letters\"}");
    write("zhao", "Port finance on the Maritime Silk Road: bonds and banks.\n",
        "{\"title\": \"Port Finance on the 21st-Century Maritime Silk Road\", \"authors\": "
            + "[\"Zhao Lei\"], \"year\": 2018, \"venue\": \"Ocean Economy\", "
            + "\"doi\": \"10.1234/ports.2018\"}");
    WebFixture.run("ingest", "--corpus", corpus.toString(), "--index", index.toString());
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

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Override
  public void close() throws IOException {
    server.close();
    searcher.close();
  }
}
