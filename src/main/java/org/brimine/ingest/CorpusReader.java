package org.brimine.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;

/**
 * Reads the documents of a corpus folder: every file under {@code papers/} but the
 * {@code .meta.json} sidecars, each with its sidecar when there is one.
 *
 * <p>Needs: a corpus folder laid out as {@code corpus/README.md} describes. Gives: one {@link
 * ReadResult} per file, a paper or the reason the file was rejected.
 */
public final class CorpusReader {
  /** The folder, below the corpus root, that holds the documents. */
  public static final String PAPERS = "papers";
  /** The suffix of a metadata sidecar, after the document's slug. */
  public static final String META_SUFFIX = ".meta.json";
  /** The extensions of the documents read: text as extracted from PDF, and PDF itself. */
  public static final Set<String> SUPPORTED = Set.of("txt", "pdf");

  private final IngestLimits limits;
  private final TextDecoder decoder = new TextDecoder();
  private final MetadataReader metadataReader = new MetadataReader();
  private final PdfText pdfText = new PdfText();

  public CorpusReader(IngestLimits limits) {
    this.limits = limits;
  }

  /**
   * Lists the document files of a corpus, sorted by name, a slug's numbered copies ({@code x-2},
   * {@code x-10}) right after it in number order, as they were written; sidecars and hidden files
   * excluded.
   */
  public List<Path> documents(Path corpusRoot) throws IOException {
    Path papers = corpusRoot.resolve(PAPERS);
    if (!Files.isDirectory(papers)) {
      throw new IOException("no '" + PAPERS + "' folder in corpus " + corpusRoot);
    }
    try (Stream<Path> files = Files.list(papers)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .filter(p -> !p.getFileName().toString().endsWith(META_SUFFIX))
          .map(Listed::of)
          .sorted(Comparator.comparing(Listed::unnumbered).thenComparingLong(Listed::copy)
              .thenComparing(l -> l.file().toString()))
          .map(Listed::file)
          .toList();
    }
  }

  /** Reads one document file of the corpus rooted at {@code corpusRoot}. */
  public ReadResult read(Path corpusRoot, Path file) throws IOException {
    String source = corpusRoot.relativize(file).toString().replace('\\', '/');
    return read(file, source, PaperMetadata.EMPTY, corpusRoot);
  }

  /**
   * Reads a document file from anywhere, such as one about to be added to the corpus.
   *
   * @param source what to call the file in the paper and in messages
   * @param override metadata that wins over the sidecar's and the file's own
   */
  public ReadResult read(Path file, String source, PaperMetadata override) throws IOException {
    return read(file, source, override, file.toAbsolutePath().getParent());
  }

  private ReadResult read(Path file, String source, PaperMetadata override, Path shownFrom)
      throws IOException {
    String name = file.getFileName().toString();
    String extension = extension(name);
    if (!SUPPORTED.contains(extension)) {
      return ReadResult.rejected(source, Rejection.Reason.UNSUPPORTED_EXTENSION,
          "unsupported file type '." + extension + "' (supported: .txt, .pdf)");
    }
    long size = Files.size(file);
    if (size > limits.maxFileBytes()) {
      return ReadResult.rejected(source, Rejection.Reason.TOO_LARGE, "file is " + size
          + " bytes, over the limit of " + limits.maxFileBytes() + " bytes");
    }
    if (size == 0) {
      return ReadResult.rejected(source, Rejection.Reason.EMPTY, "file has no text (0 bytes)");
    }
    byte[] bytes = Files.readAllBytes(file);
    String text;
    PaperMetadata embedded = PaperMetadata.EMPTY;
    try {
      if (extension.equals("pdf")) {
        PdfText.Extracted pdf = pdfText.extract(bytes);
        text = pdf.text();
        embedded = pdf.embedded();
      } else {
        text = decoder.decode(bytes);
      }
    } catch (Rejection e) {
      return new ReadResult(null, e.problem(source));
    }
    if (text.isBlank()) {
      return ReadResult.rejected(source, Rejection.Reason.EMPTY,
          "file has no text (" + size + " bytes)");
    }
    String slug = name.substring(0, name.length() - extension.length() - 1);
    Path sidecar = file.resolveSibling(slug + META_SUFFIX);
    String metaJson = Files.exists(sidecar) ? Files.readString(sidecar, StandardCharsets.UTF_8) : "";
    PaperMetadata metadata;
    try {
      metadata = metaJson.isEmpty() ? PaperMetadata.EMPTY : metadataReader.read(metaJson);
    } catch (IllegalArgumentException e) {
      String shown = shownFrom.toAbsolutePath().relativize(sidecar.toAbsolutePath()).toString()
          .replace('\\', '/');
      return ReadResult.rejected(source, Rejection.Reason.MALFORMED_METADATA,
          shown + ": " + e.getMessage());
    }
    metadata = embedded.overriddenBy(metadata).overriddenBy(override);
    String hashed = override.equals(PaperMetadata.EMPTY) && embedded.equals(PaperMetadata.EMPTY)
        ? metaJson : metaJson + '\0' + metadata;
    return ReadResult.of(new Paper(slug, source, text, metadata,
        Hashes.sha256(text + '\0' + hashed)));
  }

  private static final Pattern NUMBERED = Pattern.compile("(.*)-(\\d{1,9})");

  /**
   * A document's place in the listing: its slug without the number of a copy ("x" for x-2.txt,
   * x.txt and x.pdf) and that number (2 for x-2.txt, 1 for x.txt).
   */
  private record Listed(Path file, String unnumbered, long copy) {
    static Listed of(Path file) {
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String slug = dot < 0 ? name : name.substring(0, dot);
      Matcher m = NUMBERED.matcher(slug);
      return m.matches() ? new Listed(file, m.group(1), Long.parseLong(m.group(2)))
          : new Listed(file, slug, 1);
    }
  }

  /** The lower-cased extension of a file name, without the dot; empty when none. */
  public static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
