package org.brimine.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The source files of a corpus (the text or PDF a paper was read from), found by the
 * corpus-relative path that a paper's record keeps, to be read and never written.
 *
 * <p>A path is refused unless it is relative, of plain names separated by '/', with no
 * {@code .} or {@code ..} segment, and names a regular file of a served type inside the corpus
 * once links are followed: no path that a request holds reaches a file outside the corpus.
 */
public final class SourceFiles {
  /** The media types of the files served, by extension. */
  private static final Map<String, String> TYPES = Map.of(
      "txt", "text/plain; charset=utf-8", "pdf", "application/pdf");
  private static final Pattern SEGMENT = Pattern.compile("[^/\\\\\\p{Cntrl}:]+");
  private static final int MAX_PATH = 1024;

  private final Path corpus;

  /** The source files of the corpus in this folder. */
  public SourceFiles(Path corpus) {
    this.corpus = corpus.toAbsolutePath().normalize();
  }

  /**
   * A file to serve.
   *
   * @param path where it is
   * @param mediaType its media type, with the charset of text
   */
  public record Source(Path path, String mediaType) {}

  /**
   * The corpus file at this corpus-relative path ({@code papers/slug.txt}).
   *
   * @throws IllegalArgumentException quoting the path, when it is absolute, climbs out with
   *     {@code ..} or is no plain relative path
   * @throws NoSuchFileException when no such file of a served type (txt, pdf) is in the corpus
   */
  public Source file(String relative) throws IOException {
    check(relative);
    String type = TYPES.get(extension(relative));
    if (type == null) {
      throw new NoSuchFileException(relative, null, "only .txt and .pdf source files are served");
    }
    Path file = corpus.resolve(relative).normalize();
    if (!file.startsWith(corpus) || !Files.isRegularFile(file)) {
      throw new NoSuchFileException(relative, null, "no such file in the corpus");
    }
    // a link inside the corpus may point out of it: the file is served only where it really is
    Path real = file.toRealPath();
    if (!real.startsWith(corpus.toRealPath()) || !Files.isRegularFile(real,
        LinkOption.NOFOLLOW_LINKS)) {
      throw new NoSuchFileException(relative, null, "the file is outside the corpus");
    }
    return new Source(real, type);
  }

  /** The file when the corpus has it and it would be served, else empty; never throws on a path. */
  public Optional<Source> find(String relative) {
    try {
      return Optional.of(file(relative));
    } catch (IOException | IllegalArgumentException e) {
      // a record whose source is not a file here (an import's "file line 12") has no link
      return Optional.empty();
    }
  }

  private static void check(String relative) {
    if (relative == null || relative.isEmpty() || relative.length() > MAX_PATH) {
      throw new IllegalArgumentException("a source path must be 1 to " + MAX_PATH
          + " characters, got " + (relative == null ? "none" : relative.length()));
    }
    if (relative.startsWith("/") || relative.startsWith("\\") || relative.matches("^[A-Za-z]:.*")) {
      throw new IllegalArgumentException("a source path must be relative to the corpus, got '"
          + shown(relative) + "'");
    }
    for (String segment : relative.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".") || !SEGMENT.matcher(segment).matches()) {
        throw new IllegalArgumentException("a source path must be names separated by '/', "
            + "without '.' or '..', got '" + shown(relative) + "'");
      }
    }
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static String shown(String s) {
    String clean = s.replaceAll("\\p{Cntrl}", "\uFFFD");
    return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
  }
}
