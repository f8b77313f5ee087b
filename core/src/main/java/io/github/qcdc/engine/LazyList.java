package io.github.qcdc.engine;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An unmodifiable list computed when first read, then kept: a verdict's evidence ids, which only a
 * reader of the evidence pays for. Thread-safe; equal to any list of the same elements.
 */
final class LazyList<E> extends AbstractList<E> {
  private final Memo<List<E>> elements;

  LazyList(Supplier<List<E>> compute) {
    this.elements = new Memo<>(compute);
  }

  @Override
  public E get(int index) {
    return elements.get().get(index);
  }

  @Override
  public int size() {
    return elements.get().size();
  }
}
