package org.brimine.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.brimine.model.ExportFields;
import org.brimine.model.PaperMetadata;
import org.brimine.model.WorkKeys;
import org.brimine.model.Romanisation;

/**
 * Writes documents into a corpus folder: {@code papers/<slug>.txt} (or {@code .pdf}) with its
 * {@code <slug>.meta.json}, the slug made from the title (or a given name) and kept unique;
 * moves documents that are removed or replaced to {@code .trash/}.
 */
public final class CorpusWriter {
  private static final int SLUG_WORDS = 8;
  /** A romanised Chinese character is a syllable, not a word: a few more keep a name readable. */
  private static final int ROMANISED_SLUG_WORDS = 12;
  /**
   * The most UTF-8 bytes of a slug: file systems allow 255 bytes a name, and a slug also takes
   * a number ("-12") and a suffix (".meta.json") when written.
   */
  static final int SLUG_MAX_BYTES = 120;
  /** The folder, below the corpus root, that removed and replaced documents are moved to. */
  public static final String TRASH = ".trash";
  /** The sidecar field that says where a document was added from; metadata readers skip it. */
  static final String ORIGIN = "origin";
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
    return write(preferredName, extension, content, metadata, null);
  }

  /**
   * As {@link #write(String, String, byte[], PaperMetadata)}, and records in the sidecar where
   * the document came from ({@code origin}: the path it was added from, or null), so that adding
   * it from there again replaces it (see {@link #recorded}).
   */
  public Path write(String preferredName, String extension, byte[] content, PaperMetadata metadata,
      String origin) throws IOException {
    Files.createDirectories(papers);
    String base = slug(preferredName);
    for (int n = 1; ; n++) {
      String slug = n == 1 ? base : base + "-" + n;
      Path file = papers.resolve(slug + "." + extension);
      if (Files.exists(file) && Arrays.equals(Files.readAllBytes(file), content)
          && sameDocument(root.relativize(file).toString(), metadata, origin)) {
        writeAtomically(papers.resolve(slug + CorpusReader.META_SUFFIX),
            metadataJson(metadata, origin).getBytes(StandardCharsets.UTF_8));
        return file;
      }
      if (!taken(slug)) {
        return replace(slug, extension, content, metadata, origin);
      }
    }
  }

  /**
   * Whether the document at this source, of the same bytes, is this one written before (a run
   * killed half-way): not when both DOIs, or both origins, are known and differ (two works of
   * one bare title, "Editorial").
   */
  private boolean sameDocument(String source, PaperMetadata metadata, String origin)
      throws IOException {
    Optional<Recorded> recorded = recorded(source);
    if (recorded.isEmpty()) {
      return true;
    }
    String oldDoi = WorkKeys.doi(recorded.get().doi());
    String doi = WorkKeys.doi(metadata.doi());
    String oldOrigin = recorded.get().origin();
    return !(oldDoi != null && doi != null && !oldDoi.equals(doi))
        && !(oldOrigin != null && origin != null && !oldOrigin.equals(origin));
  }

  /**
   * Writes a document and its sidecar, with its origin (or null), under this slug, over whatever
   * was there.
   */
  public Path replace(String slug, String extension, byte[] content, PaperMetadata metadata,
      String origin) throws IOException {
    Files.createDirectories(papers);
    Path file = papers.resolve(slug + "." + extension);
    writeAtomically(file, content);
    writeAtomically(papers.resolve(slug + CorpusReader.META_SUFFIX),
        metadataJson(metadata, origin).getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /**
   * What a document's sidecar records about where it came from.
   *
   * @param doi its DOI, or null
   * @param origin where it was added from (see {@link #write(String, String, byte[],
   *     PaperMetadata, String)}), or null when not recorded
   */
  public record Recorded(String doi, String origin) {}

  /**
   * What the sidecar of the document at this corpus-relative source records; empty when it is
   * missing or unreadable.
   */
  public Optional<Recorded> recorded(String source) throws IOException {
    Path file = root.resolve(source);
    String name = file.getFileName().toString();
    Path sidecar = file.resolveSibling(
        name.substring(0, name.length() - CorpusReader.extension(name).length() - 1)
            + CorpusReader.META_SUFFIX);
    if (!Files.exists(sidecar)) {
      return Optional.empty();
    }
    try {
      String json = Files.readString(sidecar, StandardCharsets.UTF_8);
      JsonNode origin = mapper.readTree(json).get(ORIGIN);
      return Optional.of(new Recorded(new MetadataReader().read(json).doi(),
          origin == null || !origin.isTextual() ? null : origin.asText()));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // a sidecar that cannot be read records nothing: the document is never taken for another
      return Optional.empty();
    }
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

  /**
   * A readable file name: ASCII words of the name, lower case, joined by hyphens, at most
   * {@value #SLUG_MAX_BYTES} UTF-8 bytes whatever the name (a long word is cut). A name with
   * Han characters is romanised first ({@code 一带一路倡议} gives {@code yi-dai-yi-lu-chang-yi}).
   */
  public static String slug(String name) {
    boolean han = Romanisation.hasHan(name);
    String ascii = Normalizer.normalize(han ? Romanisation.toAscii(name) : name == null ? "" : name,
        Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String slug = Arrays.stream(ascii.split("[^a-z0-9]+")).filter(w -> !w.isEmpty())
        .limit(han ? ROMANISED_SLUG_WORDS : SLUG_WORDS).collect(Collectors.joining("-"));
    slug = bounded(slug, SLUG_MAX_BYTES);
    return slug.isEmpty() ? "document" : slug;
  }

  /** The longest prefix of {@code s} of at most {@code maxBytes} UTF-8 bytes, whole words first. */
  private static String bounded(String s, int maxBytes) {
    if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
      return s;
    }
    int end = 0;
    int bytes = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      end += Character.charCount(cp);
    }
    String cut = s.substring(0, end);
    int lastHyphen = cut.lastIndexOf('-');
    // cut at a word's end when that keeps at least half the room; a single long word is cut
    return lastHyphen >= maxBytes / 2 ? cut.substring(0, lastHyphen) : cut.replaceAll("-+$", "");
  }

  /** The sidecar JSON of this metadata, with the document's origin when not null. */
  public String metadataJson(PaperMetadata m, String origin) throws IOException {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(new Sidecar(m.title(),
        m.authors(), m.year(), m.venue(), m.doi(), m.url(), m.language(), m.titleEn(),
        m.titleZh(), m.exported(), origin))
        + "\n";
  }

  /**
   * What a sidecar holds, in this order; the two titles of a paper (CNKI's English and Chinese),
   * the export fields and the origin only when known, so that a sidecar without them is written
   * as it always was.
   */
  @JsonPropertyOrder({"title", "authors", "year", "venue", "doi", "url", "language", "titleEn",
      "titleZh", MetadataReader.EXPORT, ORIGIN})
  private record Sidecar(String title, List<String> authors, Integer year, String venue,
      String doi, String url, String language,
      @JsonInclude(JsonInclude.Include.NON_NULL) String titleEn,
      @JsonInclude(JsonInclude.Include.NON_NULL) String titleZh,
      @JsonProperty(MetadataReader.EXPORT) @JsonInclude(JsonInclude.Include.NON_NULL)
      ExportFields exported,
      @JsonInclude(JsonInclude.Include.NON_NULL) String origin) {}
}
