package org.brimine.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs part of a search on a core the search's own thread leaves idle: the facet count, which
 * needs every match, beside the ranking, stored fields and passages of the page.
 *
 * <p>There are as many threads as cores less one, and no queue: when every thread is busy (a
 * server under load, where no core is idle anyway), the task runs at once on the caller's
 * thread, as it would without this pool. Threads are daemons and end after a minute idle.
 */
final class SpareCores implements Closeable {
  private final ThreadPoolExecutor pool;

  SpareCores() {
    this(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
  }

  /** A pool of at most {@code threads} threads. */
  SpareCores(int threads) {
    AtomicInteger made = new AtomicInteger();
    ThreadFactory daemons = task -> {
      Thread thread = new Thread(task, "bri-search-" + made.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    this.pool = new ThreadPoolExecutor(0, threads, 1, TimeUnit.MINUTES, new SynchronousQueue<>(),
        daemons, new ThreadPoolExecutor.CallerRunsPolicy());
  }

  /** Starts a task on an idle core, or runs it now when there is none. */
  <T> Future<T> start(Callable<T> task) {
    return pool.submit(task);
  }

  /** The task's result, once it is done; its exception, if it threw one. */
  static <T> T join(Future<T> task) throws IOException {
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
   * Waits for a task whose result is no longer wanted (the search failed), so that it is done
   * with the index before the searcher is released; what it throws is dropped.
   */
  static void awaitQuietly(Future<?> task) {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // the search already failed with its own exception, which the caller throws
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
