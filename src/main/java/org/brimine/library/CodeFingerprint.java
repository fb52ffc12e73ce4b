package org.brimine.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.brimine.model.Hashes;

/**
 * A fingerprint of this program's own code and data files (everything under {@code org/brimine}
 * in its jar or classes directory): it changes with any change to a parser, a lexicon or the
 * theme rules, so results cached under it are never served by a program that would compute them
 * differently. The libraries are not in it: CoreNLP's version is in the annotation cache's key,
 * and the other libraries a record depends on (Jackson reading metadata) come with the program's
 * own pinned build.
 */
public final class CodeFingerprint {
  private static final String ROOT = "org/brimine/";

  private CodeFingerprint() {}

  /**
   * The fingerprint of the code this class was loaded from and of the Java version (whose
   * Unicode tables shape ids and tokens), or empty, with a warning, when that code cannot be
   * located or read as a folder or jar: then nothing should be cached under it.
   *
   * @param warnings told why, when there is no fingerprint
   */
  public static Optional<String> ofThisProgram(Consumer<String> warnings) {
    try {
      CodeSource code = CodeFingerprint.class.getProtectionDomain().getCodeSource();
      if (code == null) {
        throw new IllegalStateException("no code source");
      }
      return Optional.of(of(Path.of(code.getLocation().toURI())) + "-java"
          + Runtime.version().feature());
    } catch (URISyntaxException | RuntimeException e) {
      warnings.accept("warning: records are not cached: cannot fingerprint this program's "
          + "code: " + e);
      return Optional.empty();
    }
  }

  /**
   * The fingerprint of the code in a jar or a classes directory: the names and contents of its
   * files under {@code org/brimine}, in name order.
   *
   * @throws UncheckedIOException when the code cannot be read (the message names it)
   */
  public static String of(Path code) {
    MessageDigest digest = Hashes.newDigest();
    try {
      if (Files.isDirectory(code)) {
        ofDirectory(code, digest);
      } else {
        ofJar(code, digest);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read this program's code in " + code, e);
    }
    return Hashes.prefix(digest, 8);
  }

  private static void ofDirectory(Path dir, MessageDigest digest) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir.resolve(ROOT))) {
      files = walk.filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> dir.relativize(p).toString())).toList();
    }
    for (Path file : files) {
      add(digest, dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
    }
  }

  private static void ofJar(Path jar, MessageDigest digest) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries = file.stream()
          .filter(e -> !e.isDirectory() && e.getName().startsWith(ROOT))
          .sorted(Comparator.comparing(JarEntry::getName)).toList();
      for (JarEntry entry : entries) {
        try (InputStream in = file.getInputStream(entry)) {
          add(digest, entry.getName(), in.readAllBytes());
        }
      }
    }
  }

  /** A file's name and bytes, each preceded by its length, so no two trees hash alike. */
  private static void add(MessageDigest digest, String name, byte[] content) {
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    digest.update(ByteBuffer.allocate(4).putInt(nameBytes.length).flip());
    digest.update(nameBytes);
    digest.update(ByteBuffer.allocate(4).putInt(content.length).flip());
    digest.update(content);
  }
}
