package org.brimine.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs part of a search on a core the search's own thread leaves idle: the facet count, which
 * needs every match, beside the ranking, stored fields and passages of the page.
 *
 * <p>There are as many threads as cores less one. A task no thread has taken by the time its
 * caller joins it (a server under load, where no core is idle anyway) is taken back and run on
 * the caller's thread, as it would run without this pool, so no search waits in a queue behind
 * another's count. Threads are daemons and end after a minute idle.
 */
final class SpareCores implements Closeable {
  private final ThreadPoolExecutor pool;

  SpareCores() {
    this(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
  }

  /** A pool of {@code threads} threads. */
  SpareCores(int threads) {
    AtomicInteger made = new AtomicInteger();
    ThreadFactory daemons = task -> {
      Thread thread = new Thread(task, "bri-search-" + made.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES,
        new LinkedBlockingQueue<>(), daemons);
    pool.allowCoreThreadTimeOut(true);
  }

  /** Starts a task on a spare core; {@link Started#join} gives its result. */
  <T> Started<T> start(Callable<T> task) {
    FutureTask<T> future = new FutureTask<>(task);
    pool.execute(future);
    return new Started<>(pool, future);
  }

  /** A task started on a spare core. */
  static final class Started<T> {
    private final ThreadPoolExecutor pool;
    private final FutureTask<T> task;

    private Started(ThreadPoolExecutor pool, FutureTask<T> task) {
      this.pool = pool;
      this.task = task;
    }

    /**
     * The task's result, once it is done; its exception, if it threw one. A task still waiting
     * for a thread runs now, on this one.
     */
    T join() throws IOException {
      if (pool.remove(task)) {
        task.run();
      }
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the facet count");
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
          throw io;
        }
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new UncheckedIOException(new IOException(cause));
      }
    }

    /**
     * Drops a task whose result is no longer wanted (the search failed): it never runs if no
     * thread has taken it, and otherwise is waited for, so that it is done with the index before
     * the searcher is released. What it throws is dropped.
     */
    void cancel() {
      if (pool.remove(task)) {
        return;
      }
      try {
        task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        // the search already failed with its own exception, which the caller throws
      }
    }

    /** Whether the task has run (or failed). */
    boolean isDone() {
      return task.isDone();
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
