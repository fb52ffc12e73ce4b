package org.brimine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.brimine.model.Hashes;

/**
 * A fingerprint of this program's own code and data files (everything under {@code org/brimine}
 * in its jar or classes directory): it changes with any change to a parser, a lexicon or the
 * theme rules, so results cached under it are never served by a program that would compute them
 * differently. The libraries are not in it; their versions go into the keys that need them.
 */
final class CodeFingerprint {
  private static final String ROOT = "org/brimine/";

  private CodeFingerprint() {}

  /** The fingerprint of the code this class was loaded from. */
  static String ofThisProgram() {
    try {
      return of(Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate this program's code: " + e.getMessage(), e);
    }
  }

  /**
   * The fingerprint of the code in a jar or a classes directory: the names and contents of its
   * files under {@code org/brimine}, in name order.
   *
   * @throws UncheckedIOException when the code cannot be read (the message names it)
   */
  static String of(Path code) {
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
    return HexFormat.of().formatHex(digest.digest(), 0, 8);
  }

  private static void ofDirectory(Path dir, MessageDigest digest) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir.resolve(ROOT))) {
      files = walk.filter(Files::isRegularFile)
          .sorted(Comparator.comparing(p -> dir.relativize(p).toString())).toList();
    }
    for (Path file : files) {
      digest.update(dir.relativize(file).toString().replace('\\', '/')
          .getBytes(StandardCharsets.UTF_8));
      digest.update(Files.readAllBytes(file));
    }
  }

  /** A jar's entries carry a CRC-32 of their contents, so the entries need not be read. */
  private static void ofJar(Path jar, MessageDigest digest) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries = file.stream()
          .filter(e -> !e.isDirectory() && e.getName().startsWith(ROOT))
          .sorted(Comparator.comparing(JarEntry::getName)).toList();
      for (JarEntry entry : entries) {
        digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
        digest.update(ByteBuffer.allocate(16).putLong(entry.getCrc()).putLong(entry.getSize())
            .flip());
      }
    }
  }
}
