package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Loading a query model ahead of the first query, on a thread of its own. */
class QueryVectorsTest {
  /** A model whose load reports the thread it ran on, or fails. */
  private static final class Loading implements QueryVectors {
    final CompletableFuture<Thread> loadedOn = new CompletableFuture<>();
    private final boolean fail;

    Loading(boolean fail) {
      this.fail = fail;
    }

    @Override
    public String field() {
      return "vector.test.3";
    }

    @Override
    public Optional<float[]> of(String queryText) {
      return Optional.empty();
    }

    @Override
    public void prepare() {
      loadedOn.complete(Thread.currentThread());
      if (fail) {
        throw new IllegalStateException("no weights");
      }
    }
  }

  @Test
  void prepareInBackgroundLoadsTheModelOnADaemonThreadAndReturnsAtOnce() throws Exception {
    Loading vectors = new Loading(false);
    vectors.prepareInBackground();
    Thread loader = vectors.loadedOn.get(30, TimeUnit.SECONDS);
    assertNotEquals(Thread.currentThread(), loader);
    assertTrue(loader.isDaemon(), "a daemon thread never keeps the command's JVM alive");
    assertEquals("bri-query-model", loader.getName());
  }

  @Test
  void aFailedLoadInTheBackgroundIsLeftForTheFirstQuery() throws Exception {
    Loading vectors = new Loading(true);
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    CompletableFuture<Throwable> uncaught = new CompletableFuture<>();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.complete(e));
    try {
      vectors.prepareInBackground();
      Thread loader = vectors.loadedOn.get(30, TimeUnit.SECONDS);
      loader.join(30_000);
      assertTrue(!uncaught.isDone(), "nothing escapes the loading thread");
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
  }
}
