package org.brimine.annotate;

import java.util.function.Supplier;

/** A supplier that computes its value once, on first use, for any number of threads. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> source;
  private volatile T value;

  private Lazy(Supplier<T> source) {
    this.source = source;
  }

  static <T> Lazy<T> of(Supplier<T> source) {
    return source instanceof Lazy<T> lazy ? lazy : new Lazy<>(source);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = source.get();
          value = v;
        }
      }
    }
    return v;
  }

  boolean isLoaded() {
    return value != null;
  }
}
