package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The two halves of a search: at once when a core is free, both done before either result. */
class SpareCoresTest {
  /** A task that returns its thread once the other half has started too (or fails after 10 s). */
  private static java.util.concurrent.Callable<Thread> meeting(CountDownLatch both) {
    return () -> {
      both.countDown();
      assertTrue(both.await(10, TimeUnit.SECONDS), "the other half never ran alongside");
      return Thread.currentThread();
    };
  }

  @Test
  void withASpareThreadTheHalvesRunAtOnce() throws IOException {
    try (SpareCores cores = new SpareCores(1)) {
      CountDownLatch both = new CountDownLatch(2);
      SpareCores.Both<Thread, Thread> ran = cores.both(meeting(both), meeting(both));
      assertNotEquals(ran.first(), ran.second());
      assertTrue(ran.first() == Thread.currentThread() || ran.second() == Thread.currentThread(),
          "the caller runs one half itself");
    }
  }

  @Test
  void aSecondHalfNoThreadHasTakenRunsOnTheCaller() throws Exception {
    try (SpareCores cores = new SpareCores(1)) {
      // keep the only spare thread busy with another search's halves
      CountDownLatch busy = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread other = new Thread(() -> {
        try {
          cores.both(() -> release.await(10, TimeUnit.SECONDS), () -> {
            busy.countDown();
            return release.await(10, TimeUnit.SECONDS);
          });
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      other.start();
      assertTrue(busy.await(10, TimeUnit.SECONDS));

      SpareCores.Both<Thread, Thread> ran = cores.both(Thread::currentThread,
          Thread::currentThread);
      assertEquals(Thread.currentThread(), ran.second(), "taken back, not waiting for a thread");
      release.countDown();
      other.join(10_000);
    }
  }

  @Test
  void withNoSpareThreadTheCallerRunsBoth() throws IOException {
    try (SpareCores cores = new SpareCores(0)) {
      SpareCores.Both<Thread, Thread> ran = cores.both(Thread::currentThread,
          Thread::currentThread);
      assertEquals(Thread.currentThread(), ran.first());
      assertEquals(Thread.currentThread(), ran.second());
    }
  }

  @Test
  void aFailureIsThrownOnlyOnceTheOtherHalfIsDone() {
    try (SpareCores cores = new SpareCores(1)) {
      IOException failure = new IOException("index closed");
      CountDownLatch failed = new CountDownLatch(1);
      AtomicBoolean otherDone = new AtomicBoolean();
      // the second half is taken by the spare thread and still runs when the first fails
      CountDownLatch started = new CountDownLatch(1);
      IOException thrown = assertThrows(IOException.class, () -> cores.both(() -> {
        started.await(10, TimeUnit.SECONDS);
        failed.countDown();
        throw failure;
      }, () -> {
        started.countDown();
        failed.await(10, TimeUnit.SECONDS);
        Thread.sleep(100);
        otherDone.set(true);
        return "count";
      }));
      assertSame(failure, thrown);
      assertTrue(otherDone.get(), "no half outlives the call (nor the searcher it reads)");
    }
  }

  @Test
  void anInterruptedCallerStillWaitsForTheOtherHalf() throws IOException {
    try (SpareCores cores = new SpareCores(1)) {
      CountDownLatch started = new CountDownLatch(1);
      AtomicBoolean otherDone = new AtomicBoolean();
      cores.both(() -> {
        started.await(10, TimeUnit.SECONDS);
        Thread.currentThread().interrupt();
        return "page";
      }, () -> {
        started.countDown();
        Thread.sleep(100);
        otherDone.set(true);
        return "count";
      });
      assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
      assertTrue(otherDone.get());
    }
  }

  @Test
  void whenBothFailTheSecondFailureIsKeptAsSuppressed() {
    try (SpareCores cores = new SpareCores(1)) {
      IllegalStateException first = new IllegalStateException("page");
      IllegalStateException second = new IllegalStateException("count");
      CountDownLatch started = new CountDownLatch(1);
      IllegalStateException thrown = assertThrows(IllegalStateException.class,
          () -> cores.both(() -> {
            started.await(10, TimeUnit.SECONDS);
            throw first;
          }, () -> {
            started.countDown();
            throw second;
          }));
      assertSame(first, thrown);
      assertSame(second, thrown.getSuppressed()[0]);
    }
  }
}
