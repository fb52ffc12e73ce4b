package org.brimine.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.brimine.model.PaperMetadata;

/**
 * Writes documents into a corpus folder: {@code papers/<slug>.txt} (or {@code .pdf}) with its
 * {@code <slug>.meta.json}, the slug made from the title (or a given name) and kept unique;
 * moves documents that are removed or replaced to {@code .trash/}.
 */
public final class CorpusWriter {
  private static final int SLUG_WORDS = 8;
  /** The folder, below the corpus root, that removed and replaced documents are moved to. */
  public static final String TRASH = ".trash";
  private final ObjectMapper mapper = new ObjectMapper();
  private final Path root;
  private final Path papers;

  public CorpusWriter(Path corpusRoot) {
    this.root = corpusRoot;
    this.papers = corpusRoot.resolve(CorpusReader.PAPERS);
  }

  /**
   * Writes a text with its metadata and returns the text file. When the slug is taken by other
   * content, a number is appended; the same content under the same slug is left as it is.
   */
  public Path write(String preferredName, String text, PaperMetadata metadata) throws IOException {
    return write(preferredName, "txt", text.getBytes(StandardCharsets.UTF_8), metadata);
  }

  /**
   * Writes a document ({@code extension} "txt" or "pdf") with its metadata sidecar and returns
   * the document file. A slug is taken when any document of that slug exists; the same bytes
   * under the same slug and extension are reused, so writing again after a crash adds nothing.
   */
  public Path write(String preferredName, String extension, byte[] content, PaperMetadata metadata)
      throws IOException {
    Files.createDirectories(papers);
    String base = slug(preferredName);
    for (int n = 1; ; n++) {
      String slug = n == 1 ? base : base + "-" + n;
      Path file = papers.resolve(slug + "." + extension);
      if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), content)) {
        writeAtomically(papers.resolve(slug + CorpusReader.META_SUFFIX),
            metadataJson(metadata).getBytes(StandardCharsets.UTF_8));
        return file;
      }
      if (!taken(slug)) {
        return replace(slug, extension, content, metadata);
      }
    }
  }

  /** Writes a document and its sidecar under this slug, over whatever was there. */
  public Path replace(String slug, String extension, byte[] content, PaperMetadata metadata)
      throws IOException {
    Files.createDirectories(papers);
    Path file = papers.resolve(slug + "." + extension);
    writeAtomically(file, content);
    writeAtomically(papers.resolve(slug + CorpusReader.META_SUFFIX),
        metadataJson(metadata).getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /**
   * Moves a document (corpus-relative {@code source}) and its sidecar to {@code .trash/}, under
   * a free name, and returns where the document went; nothing is deleted outright. A file
   * already gone is skipped.
   */
  public Path trash(String source) throws IOException {
    Path file = root.resolve(source);
    String name = file.getFileName().toString();
    String extension = CorpusReader.extension(name);
    String slug = name.substring(0, name.length() - extension.length() - 1);
    Path trash = Files.createDirectories(root.resolve(TRASH));
    String free = slug;
    for (int n = 2; Files.exists(trash.resolve(free + "." + extension))
        || Files.exists(trash.resolve(free + CorpusReader.META_SUFFIX)); n++) {
      free = slug + "-" + n;
    }
    Path sidecar = file.resolveSibling(slug + CorpusReader.META_SUFFIX);
    if (Files.exists(sidecar)) {
      Files.move(sidecar, trash.resolve(free + CorpusReader.META_SUFFIX));
    }
    Path moved = trash.resolve(free + "." + extension);
    if (Files.exists(file)) {
      Files.move(file, moved);
    }
    return moved;
  }

  private boolean taken(String slug) {
    return Files.exists(papers.resolve(slug + CorpusReader.META_SUFFIX))
        || CorpusReader.SUPPORTED.stream().anyMatch(e -> Files.exists(papers.resolve(slug + "." + e)));
  }

  /** Writes to a temporary file and moves it into place, so a kill never leaves half a file. */
  private static void writeAtomically(Path file, byte[] content) throws IOException {
    Path tmp = Files.createTempFile(file.getParent(), ".write", ".tmp");
    try {
      Files.write(tmp, content);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A readable file name: ASCII words of the name, lower case, joined by hyphens. */
  public static String slug(String name) {
    String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String slug = Arrays.stream(ascii.split("[^a-z0-9]+")).filter(w -> !w.isEmpty())
        .limit(SLUG_WORDS).collect(Collectors.joining("-"));
    return slug.isEmpty() ? "document" : slug;
  }

  /** The sidecar JSON of this metadata. */
  public String metadataJson(PaperMetadata m) throws IOException {
    ObjectNode json = mapper.createObjectNode();
    json.put("title", m.title());
    json.set("authors", mapper.valueToTree(m.authors()));
    json.put("year", m.year());
    json.put("venue", m.venue());
    json.put("doi", m.doi());
    json.put("url", m.url());
    json.put("language", m.language());
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
  }
}
