package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The facet count's pool: spare threads when idle, the caller's own thread when not. */
class SpareCoresTest {
  @Test
  void aTaskRunsOnASpareThreadAndItsExceptionReachesTheCaller() throws Exception {
    try (SpareCores cores = new SpareCores(1)) {
      Future<Thread> ran = cores.start(Thread::currentThread);
      assertNotEquals(Thread.currentThread(), SpareCores.join(ran));

      IOException failure = new IOException("index closed");
      Future<Object> failed = cores.start(() -> {
        throw failure;
      });
      assertSame(failure, assertThrows(IOException.class, () -> SpareCores.join(failed)));
    }
  }

  @Test
  void whenEveryThreadIsBusyTheTaskRunsOnTheCallersThread() throws Exception {
    try (SpareCores cores = new SpareCores(1)) {
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Future<Boolean> busy = cores.start(() -> {
        started.countDown();
        return release.await(10, TimeUnit.SECONDS);
      });
      assertTrue(started.await(10, TimeUnit.SECONDS));

      Future<Thread> second = cores.start(Thread::currentThread);
      assertTrue(second.isDone(), "run at once, not queued behind the busy thread");
      assertEquals(Thread.currentThread(), SpareCores.join(second));
      release.countDown();
      assertTrue(SpareCores.join(busy));
    }
  }

  @Test
  void awaitingQuietlyWaitsForTheEndAndDropsTheFailure() throws Exception {
    try (SpareCores cores = new SpareCores(1)) {
      CountDownLatch release = new CountDownLatch(1);
      Future<Object> failing = cores.start(() -> {
        release.await(10, TimeUnit.SECONDS);
        throw new IllegalStateException("dropped");
      });
      new Thread(release::countDown).start();
      SpareCores.awaitQuietly(failing);
      assertTrue(failing.isDone());
    }
  }
}
