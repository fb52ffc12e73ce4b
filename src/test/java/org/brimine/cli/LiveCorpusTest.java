package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.brimine.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Tests never reach the repo's live {@code corpus/} and {@code index/}, which a librarian changes:
 * the fixtures live under src/test/resources, and a command run without corpus or index options
 * finds an empty home of its own (the build sets {@code bri.home} for the tests).
 */
class LiveCorpusTest {
  private static Path absolute(Path p) {
    return p.toAbsolutePath().normalize();
  }

  @Test
  void commandsInTestsDefaultToAHomeOtherThanTheRepo() {
    Locations defaults = new Locations();
    assertNotEquals(absolute(Path.of("corpus")), absolute(defaults.corpus()));
    assertNotEquals(absolute(Path.of("index")), absolute(defaults.indexRoot()));
  }

  @Test
  void theFixtureCorpusIsNotTheLiveOne() {
    assertFalse(absolute(Fixtures.CORPUS).startsWith(absolute(Path.of("corpus"))),
        Fixtures.CORPUS.toString());
  }
}
