package org.brimine.spark;

import org.brimine.library.BatchAnalysis;

/**
 * The stages of one executor, built on first use and shared by all its task threads
 * ({@link BatchAnalysis} is thread-safe), so an executor loads CoreNLP once however many tasks it
 * runs. A JVM-wide holder is the only scope Spark gives an executor: the house rule against
 * mutable statics gives way here, to one lazily set, never replaced field.
 */
final class ExecutorStages {
  private static volatile BatchAnalysis stages;

  private ExecutorStages() {}

  static BatchAnalysis get() {
    BatchAnalysis built = stages;
    if (built == null) {
      synchronized (ExecutorStages.class) {
        built = stages;
        if (built == null) {
          built = BatchAnalysis.product();
          stages = built;
        }
      }
    }
    return built;
  }
}
