package org.brimine.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic Web of Science plain-text export for benchmarks: records shaped like
 * {@code savedrecs.txt} ones (authors, title, source, keywords, abstract, addresses, cited
 * references, counts, DOI, UT), each citing about as many works as asked. The cited works come
 * from a pool shared by all records, drawn with a skew (a few works are cited very often, most
 * rarely, as in real citation data), written in the CR form; one cited reference in ten is
 * another record of the file, cited by its DOI. The same arguments give the same file.
 */
public final class WosExportGenerator {
  private static final List<String> SURNAMES = List.of("Wang", "Li", "Zhang", "Liu", "Chen",
      "Yang", "Huang", "Zhao", "Wu", "Zhou", "Hurley", "Morris", "Gallagher", "Kratz", "Brautigam",
      "Silva", "Khan", "Ahmed", "Ivanov", "Nurlan", "Tan", "Nguyen", "Suzuki", "Kim", "Smith");
  private static final List<String> WORDS = List.of("belt", "road", "initiative", "debt",
      "infrastructure", "finance", "trade", "corridor", "port", "railway", "currency", "swap",
      "renminbi", "investment", "connectivity", "cooperation", "policy", "bank", "energy",
      "logistics", "customs", "sustainability", "risk", "development", "regional", "silk");
  private static final List<String> JOURNALS = List.of("J POLICY MODEL", "WORLD DEV",
      "CHINA ECON REV", "J INT ECON", "ECON MODEL", "ASIAN SURV", "PAC REV", "ENERG POLICY",
      "TRANSPORT POLICY", "EURASIAN GEOGR ECON", "J CONTEMP CHINA", "CHINA WORLD ECON");
  private static final List<String> COUNTRIES = List.of("Peoples R China", "USA", "Pakistan",
      "Kazakhstan", "Russia", "Singapore", "Malaysia", "Indonesia", "Germany", "Italy");

  private final Random random;
  private final int pool;

  /**
   * @param seed the seed of the choices
   * @param poolSize how many distinct works the references cite
   */
  public WosExportGenerator(long seed, int poolSize) {
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be at least 1, got " + poolSize);
    }
    this.random = new Random(seed);
    this.pool = poolSize;
  }

  /** Writes {@code records} records citing about {@code references} works each to a file. */
  public void write(Path file, int records, int references) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("FN Clarivate Analytics Web of Science\nVR 1.0\n");
      for (int i = 0; i < records; i++) {
        record(out, i, records, references);
      }
      out.write("EF\n");
    }
  }

  private void record(BufferedWriter out, int n, int records, int references) throws IOException {
    int year = 2014 + n % 10;
    out.write("PT J\n");
    int authors = 1 + random.nextInt(4);
    for (int a = 0; a < authors; a++) {
      out.write((a == 0 ? "AU " : "   ") + pick(SURNAMES) + ", " + (char) ('A' + random.nextInt(26))
          + "\n");
    }
    out.write("TI " + words(8 + random.nextInt(6)) + " " + n + "\n");
    out.write("SO " + pick(JOURNALS) + "\nLA English\nDT Article\n");
    out.write("DE " + words(2) + "; " + words(2) + "; " + words(1) + "\n");
    out.write("ID " + words(1).toUpperCase(Locale.ROOT) + "; " + words(2).toUpperCase(Locale.ROOT)
        + "\n");
    out.write("AB " + sentence() + "\n   " + sentence() + "\n   " + sentence() + "\n");
    out.write("C1 [" + pick(SURNAMES) + ", A] Univ " + pick(SURNAMES) + ", Sch Econ, City, "
        + pick(COUNTRIES) + ".\n");
    int cited = Math.max(1, references - 5 + random.nextInt(11));
    for (int c = 0; c < cited; c++) {
      out.write((c == 0 ? "CR " : "   ") + citedReference(n, records) + "\n");
    }
    out.write("NR " + cited + "\nTC " + random.nextInt(200) + "\nPY " + year + "\n");
    out.write("VL " + (10 + n % 90) + "\nIS " + (1 + n % 12) + "\nBP " + (1 + n % 300)
        + "\nEP " + (20 + n % 300) + "\n");
    out.write("DI " + doi(n) + "\nUT WOS:" + String.format(Locale.ROOT, "%015d", n) + "\nER\n\n");
  }

  /** A CR entry: a record of the file by its DOI one time in ten, else a work of the pool. */
  private String citedReference(int citing, int records) {
    if (citing > 0 && random.nextInt(10) == 0) {
      int other = random.nextInt(citing);
      return pickFor(other, SURNAMES) + " " + (char) ('A' + other % 26) + ", " + (2014 + other % 10)
          + ", " + pickFor(other, JOURNALS) + ", V" + (10 + other % 90) + ", P" + (1 + other % 300)
          + ", DOI " + doi(other);
    }
    // skewed: work k is drawn with a probability falling as a power of its rank
    int work = (int) (pool * Math.pow(random.nextDouble(), 3));
    String entry = pickFor(work, SURNAMES) + " " + (char) ('A' + work % 26) + ", "
        + (1990 + work % 33) + ", " + pickFor(work / 7, JOURNALS) + ", V" + (1 + work % 120)
        + ", P" + (1 + (work * 7) % 900);
    return work % 3 == 0 ? entry + ", DOI 10.9999/pool." + work : entry;
  }

  private static String doi(int n) {
    return "10.9999/bench." + n;
  }

  private static String pickFor(int n, List<String> from) {
    return from.get(Math.floorMod(n * 31 + 7, from.size()));
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  private String words(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(pick(WORDS));
    }
    return s.toString();
  }

  private String sentence() {
    String w = words(12 + random.nextInt(8));
    return Character.toUpperCase(w.charAt(0)) + w.substring(1) + ".";
  }
}
