package org.brimine.web;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Papers added to the web fixture for the map tests: six of 2023 that all list the keyword
 * {@link #BURSTING} and name Kenya, and three of 2016 to 2018 that do not. With the fixture's
 * papers of 2019, 2020 and 2022, the keyword is in half the papers of 2016 to 2023 and in every
 * one of 2023: a burst in 2023 by construction.
 */
final class MapCorpus {
  static final String BURSTING = "digital silk road";
  /** The fixture's four papers and the nine added. */
  static final int PAPERS = 13;

  private MapCorpus() {}

  /** Writes the papers into the fixture's corpus and ingests it again. */
  static void addTo(WebFixture web) throws IOException {
    for (int i = 1; i <= 6; i++) {
      paper(web, "digital-" + i, 2023, "Digital Silk Road study " + i, "Keywords: "
          + BURSTING + "; e-commerce\n\nCross-border e-commerce along the Digital Silk Road grew "
          + "in Kenya, study " + i + ".\n");
    }
    for (int year = 2016; year <= 2018; year++) {
      paper(web, "ports-" + year, year, "Port finance in " + year, "Keywords: ports; bonds\n\n"
          + "Port bonds financed the harbour of Gwadar in Pakistan in " + year + ".\n");
    }
    WebFixture.run("ingest", "--corpus", web.corpus.toString(), "--index",
        web.index.toString());
  }

  private static void paper(WebFixture web, String slug, int year, String title, String text)
      throws IOException {
    Files.writeString(web.corpus.resolve("papers/" + slug + ".txt"), text);
    Files.writeString(web.corpus.resolve("papers/" + slug + ".meta.json"), "{\"title\": \""
        + title + "\", \"authors\": [\"Zhou Lan\", \"Chen Bo\"], \"year\": " + year + "}");
  }
}
