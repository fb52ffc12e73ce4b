package org.brimine.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed query set of {@code bri bench search}: one query a line in Lucene syntax; a line
 * {@code ## shape} names the shape of the queries below it (words, phrases, fields, ...); other
 * lines starting with {@code #} and blank lines are comments.
 *
 * @param shape the shape the query is listed under
 * @param text the query
 */
public record BenchQueries(String shape, String text) {
  /** The bundled set. */
  public static final String RESOURCE = "bench-queries.txt";

  /** The queries of a file, or of the bundled set when {@code file} is null. */
  public static List<BenchQueries> load(Path file) throws IOException {
    try (InputStream in = file != null ? Files.newInputStream(file)
        : BenchQueries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource missing: " + RESOURCE);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<BenchQueries> queries = new ArrayList<>();
      String shape = "query";
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String s = line.strip();
        if (s.startsWith("## ")) {
          shape = s.substring(3).strip();
        } else if (!s.isEmpty() && !s.startsWith("#")) {
          queries.add(new BenchQueries(shape, s));
        }
      }
      return queries;
    }
  }
}
