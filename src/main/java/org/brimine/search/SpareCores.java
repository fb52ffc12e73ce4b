package org.brimine.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the two halves of a search at once when a core is free: the facet count, which needs
 * every match, beside the ranking, stored fields and passages of the page.
 *
 * <p>The caller runs the first half and queues the second for a spare thread. If no thread has
 * taken it by the time the first is done (a server under load, where no core is idle anyway),
 * the caller takes it back and runs it too, as it would without this pool, so no search waits in
 * a queue behind another's count. {@link #both} returns only when both halves are done, even if
 * one failed or the caller is interrupted, so that neither outlives the searcher it reads; it
 * throws the first failure with the other's added as suppressed. (Lucene 9's {@code
 * TaskExecutor} returns on the first failure while the other task may still run.)
 *
 * <p>There are as many threads as cores less one (none on one core: the caller then runs both
 * halves); they are daemons and end after a minute idle.
 */
final class SpareCores implements Closeable {
  /** What the two halves returned. */
  record Both<A, B>(A first, B second) {}

  private final ThreadPoolExecutor pool;

  SpareCores() {
    this(Runtime.getRuntime().availableProcessors() - 1);
  }

  /** A pool of {@code threads} threads; with none, the caller runs both halves. */
  SpareCores(int threads) {
    if (threads < 1) {
      this.pool = null;
      return;
    }
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

  /** Runs both halves, the second on a spare core if one takes it, and waits for both. */
  <A, B> Both<A, B> both(Callable<A> first, Callable<B> second) throws IOException {
    FutureTask<B> other = new FutureTask<>(second);
    boolean queued = queue(other);
    Throwable failure = null;
    A a = null;
    try {
      a = first.call();
    } catch (Exception | Error e) {
      failure = e;
    }
    if (!queued || pool.remove(other)) {
      // no thread took it: run it here (unless the first half failed and it is not wanted)
      if (failure != null) {
        throw rethrow(failure);
      }
      other.run();
    }
    B b = null;
    boolean interrupted = false;
    while (true) {
      try {
        b = other.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // keep waiting: the other half still reads the index
      } catch (ExecutionException e) {
        if (failure == null) {
          failure = e.getCause();
        } else {
          failure.addSuppressed(e.getCause());
        }
        break;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure != null) {
      throw rethrow(failure);
    }
    return new Both<>(a, b);
  }

  private boolean queue(FutureTask<?> task) {
    if (pool == null) {
      return false;
    }
    try {
      pool.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false; // closed: the caller runs it
    }
  }

  private static IOException rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new IOException("search failed: " + failure, failure);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }
}
