package org.brimine.spark;

import org.brimine.library.BatchAnalysis;

/**
 * The stages of one executor, built on first use and shared by all its task threads
 * ({@link BatchAnalysis} is thread-safe), so an executor loads CoreNLP once however many tasks it
 * runs. A JVM-wide constant is the only scope Spark gives an executor; the JVM builds it once,
 * on the first {@link #get()}, by the holder-class idiom: no mutable field.
 */
final class ExecutorStages {
  private ExecutorStages() {}

  /** Initialised by the JVM when {@link #get()} first touches it, once and thread-safely. */
  private static final class Holder {
    static final BatchAnalysis STAGES = BatchAnalysis.product();
  }

  static BatchAnalysis get() {
    return Holder.STAGES;
  }
}
