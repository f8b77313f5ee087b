package io.github.qcdc.engine;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A value computed on first use, once, whatever the threads; then kept. */
final class Memo<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private volatile @Nullable T value;

  Memo(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = compute.get();
          value = v;
        }
      }
    }
    return v;
  }
}
