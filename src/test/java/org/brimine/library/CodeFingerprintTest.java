package org.brimine.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint of the program's code follows every file under org/brimine, and only those. */
class CodeFingerprintTest {
  @TempDir
  Path work;

  private static final Map<String, String> FILES = Map.of(
      "org/brimine/parse/PaperParser.class", "parser bytes",
      "org/brimine/themes/taxonomy.tsv", "trade\tunimpeded trade",
      "META-INF/MANIFEST.MF", "Manifest-Version: 1.0");

  private Path directory(Map<String, String> files) throws IOException {
    Path dir = Files.createTempDirectory(work, "classes");
    for (var file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    return dir;
  }

  private Path jar(Map<String, String> files) throws IOException {
    Path jar = Files.createTempFile(work, "program", ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (var file : files.entrySet()) {
        out.putNextEntry(new JarEntry(file.getKey()));
        out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  private static Map<String, String> with(String name, String content) {
    var changed = new java.util.HashMap<>(FILES);
    changed.put(name, content);
    return changed;
  }

  @Test
  void theSameCodeHasTheSameFingerprint() throws IOException {
    assertEquals(CodeFingerprint.of(directory(FILES)), CodeFingerprint.of(directory(FILES)));
    assertEquals(CodeFingerprint.of(jar(FILES)), CodeFingerprint.of(jar(FILES)));
  }

  /** Lays files out as the program is packaged: a classes folder or a jar. */
  private interface Packaging {
    Path of(Map<String, String> files) throws IOException;
  }

  @Test
  void aChangedClassOrDataFileChangesIt() throws IOException {
    for (Packaging packaging : new Packaging[] {this::directory, this::jar}) {
      String original = CodeFingerprint.of(packaging.of(FILES));
      assertNotEquals(original, CodeFingerprint.of(packaging.of(
          with("org/brimine/parse/PaperParser.class", "parser bytez"))));
      assertNotEquals(original, CodeFingerprint.of(packaging.of(
          with("org/brimine/themes/taxonomy.tsv", "trade\tfree trade"))));
      assertNotEquals(original, CodeFingerprint.of(packaging.of(
          with("org/brimine/themes/Added.class", "new"))));
    }
  }

  @Test
  void filesOutsideTheProgramDoNotCount() throws IOException {
    assertEquals(CodeFingerprint.of(directory(FILES)), CodeFingerprint.of(directory(
        with("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nBuilt-At: today"))));
    assertEquals(CodeFingerprint.of(jar(FILES)), CodeFingerprint.of(jar(
        with("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nBuilt-At: today"))));
  }

  @Test
  void thisProgramsIsItsClassesAndItsJavaVersion() {
    // the tests run this program from its classes folder
    assertEquals(CodeFingerprint.of(Path.of("target/classes")) + "-java"
        + Runtime.version().feature(), CodeFingerprint.ofThisProgram(warning -> { }).orElseThrow());
  }
}
