package org.brimine.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The browser libraries the pages load, read from their WebJars on the class path (Maven
 * Central's packaging of npm releases; see pom.xml) and served under {@code /static/} by file
 * name. The version is the WebJar's own, read from its {@code pom.properties}, so that pom.xml
 * alone names it.
 */
final class WebJars {
  /**
   * A file of an npm WebJar.
   *
   * @param artifact the WebJar's artifact id (the npm package)
   * @param path the file's path inside the package
   */
  private record File(String artifact, String path) {}

  /** The files served, by the name they are served under. */
  private static final Map<String, File> FILES = Map.of(
      "echarts.min.js", new File("echarts", "dist/echarts.min.js"));

  private WebJars() {}

  /** The names the WebJars' files are served under. */
  static Set<String> names() {
    return FILES.keySet();
  }

  /** The bytes of the file served under this name, one of {@link #names()}. */
  static byte[] bytes(String name) {
    File file = FILES.get(name);
    if (file == null) {
      throw new IllegalArgumentException("no WebJar file is served as '" + name + "'");
    }
    String resource = "/META-INF/resources/webjars/" + file.artifact() + "/"
        + version(file.artifact()) + "/" + file.path();
    try (InputStream in = WebJars.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the WebJar of " + file.artifact() + " has no "
            + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String version(String artifact) {
    String resource = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = WebJars.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no WebJar of '" + artifact + "' on the class path ("
            + resource + ")");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
