package org.brimine.web;

import com.sun.net.httpserver.HttpHandler;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of the JDK's HTTP server: one for each request in progress, up to a limit, with a
 * watchdog that closes a connection whose request line and headers are late.
 *
 * <p>NOTE: the JDK server reads a request's line and headers on its executor's thread, with
 * blocking reads that have no timeout (its {@code sun.net.httpserver.maxReqTime} is a system
 * property read once per JVM). On a fixed pool, eight clients that each send half a request hold
 * all eight threads for as long as they like. Here no request waits for another's thread; a
 * request over {@link ServerLimits#connections()} is refused by {@link #execute}, and the server
 * then closes its connection. The watchdog interrupts a thread still reading headers after
 * {@link ServerLimits#headerTimeout()}: the read is on an interruptible channel, so the interrupt
 * closes that connection and frees the thread. Handlers are never interrupted (an interrupt
 * during a Lucene read would close the index's files for every reader).
 */
final class ExchangeThreads implements Executor, AutoCloseable {
  private final ServerLimits limits;
  private final ThreadPoolExecutor pool;
  private final ScheduledExecutorService watchdog;
  private final ThreadLocal<Reading> current = new ThreadLocal<>();

  ExchangeThreads(ServerLimits limits) {
    this.limits = limits;
    AtomicInteger count = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(0, limits.connections(), 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), r -> new Thread(r, "bri-http-" + count.incrementAndGet()));
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1,
        r -> new Thread(r, "bri-http-watchdog"));
    timer.setRemoveOnCancelPolicy(true);
    this.watchdog = timer;
  }

  /**
   * Runs one exchange of the server (reading the request, handling it, answering) on a thread
   * of its own.
   *
   * @throws java.util.concurrent.RejectedExecutionException when {@link
   *     ServerLimits#connections()} requests are in progress already (the server closes the
   *     connection)
   */
  @Override
  public void execute(Runnable exchange) {
    pool.execute(() -> run(exchange));
  }

  private void run(Runnable exchange) {
    Reading reading = new Reading(Thread.currentThread());
    ScheduledFuture<?> timeout = watchdog.schedule(reading::expire,
        limits.headerTimeout().toMillis(), TimeUnit.MILLISECONDS);
    current.set(reading);
    try {
      exchange.run();
    } finally {
      timeout.cancel(false);
      reading.finish();
      current.remove();
      // A watchdog that fired just before finish() may have left the flag set: clear it, so the
      // thread's next exchange does not fail on it.
      Thread.interrupted();
    }
  }

  /**
   * The handler, run once the request's line and headers are in: from then on the watchdog
   * leaves the thread alone.
   *
   * <p>NOTE: handlers are not limited to fewer than the threads: one that waited for a turn
   * would wait behind clients slow to read their answers, which hold their handler while the
   * answer is written.
   */
  HttpHandler guard(HttpHandler handler) {
    return exchange -> {
      Reading reading = current.get();
      if (reading != null && !reading.headersRead()) {
        exchange.close();
        return;
      }
      handler.handle(exchange);
    };
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    pool.shutdownNow();
  }

  /** The state of one exchange's thread, shared with the watchdog. */
  private static final class Reading {
    private final Thread thread;
    private State state = State.HEADERS;

    private enum State { HEADERS, HANDLING, EXPIRED, FINISHED }

    Reading(Thread thread) {
      this.thread = thread;
    }

    /** Whether the headers came in time; after this the watchdog leaves the thread alone. */
    synchronized boolean headersRead() {
      if (state == State.HEADERS) {
        state = State.HANDLING;
        return true;
      }
      return false;
    }

    synchronized void expire() {
      if (state == State.HEADERS) {
        state = State.EXPIRED;
        thread.interrupt();
      }
    }

    synchronized void finish() {
      state = State.FINISHED;
    }
  }
}
