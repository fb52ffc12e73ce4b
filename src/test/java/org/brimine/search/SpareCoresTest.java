package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The facet count's pool: a spare thread when one is idle, the caller's own when none is. */
class SpareCoresTest {
  @Test
  void aTaskRunsOnASpareThreadAndItsExceptionReachesTheCaller() throws Exception {
    try (SpareCores cores = new SpareCores(1)) {
      CountDownLatch ran = new CountDownLatch(1);
      SpareCores.Started<Thread> task = cores.start(() -> {
        ran.countDown();
        return Thread.currentThread();
      });
      assertTrue(ran.await(10, TimeUnit.SECONDS));
      assertNotEquals(Thread.currentThread(), task.join());

      IOException failure = new IOException("index closed");
      SpareCores.Started<Object> failed = cores.start(() -> {
        throw failure;
      });
      assertSame(failure, assertThrows(IOException.class, failed::join));
    }
  }

  @Test
  void aTaskNoThreadHasTakenRunsOnTheCallersThreadWhenJoined() throws Exception {
    try (SpareCores cores = new SpareCores(1)) {
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      SpareCores.Started<Boolean> busy = cores.start(() -> {
        started.countDown();
        return release.await(10, TimeUnit.SECONDS);
      });
      assertTrue(started.await(10, TimeUnit.SECONDS));

      SpareCores.Started<Thread> queued = cores.start(Thread::currentThread);
      assertFalse(queued.isDone(), "waits for a thread until joined");
      assertEquals(Thread.currentThread(), queued.join(), "run by the caller, not the busy thread");
      release.countDown();
      assertTrue(busy.join());
    }
  }

  @Test
  void aCancelledTaskNeverRunsIfNotTakenAndIsWaitedForIfRunning() throws Exception {
    try (SpareCores cores = new SpareCores(1)) {
      CountDownLatch started = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      SpareCores.Started<Object> running = cores.start(() -> {
        started.countDown();
        release.await(10, TimeUnit.SECONDS);
        throw new IllegalStateException("dropped");
      });
      assertTrue(started.await(10, TimeUnit.SECONDS));
      AtomicBoolean queuedRan = new AtomicBoolean();
      SpareCores.Started<Object> queued = cores.start(() -> queuedRan.getAndSet(true));

      queued.cancel();
      new Thread(release::countDown).start();
      running.cancel();
      assertTrue(running.isDone(), "waited for, its failure dropped");
      assertFalse(queuedRan.get(), "never run");
    }
  }
}
