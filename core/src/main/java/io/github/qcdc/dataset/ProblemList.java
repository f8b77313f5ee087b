package io.github.qcdc.dataset;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import java.util.ArrayList;
import java.util.List;

/** Problems collected while building, kept up to a limit and counted beyond it. */
final class ProblemList {
  private final int limit;
  private final List<Problem> kept = new ArrayList<>();
  private long count;

  ProblemList(int limit) {
    this.limit = limit;
  }

  void add(Problem.Item item, String template, Object... args) {
    count++;
    if (kept.size() < limit) {
      kept.add(Problem.in(item, template, args));
    }
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** The kept problems, and a last one counting those beyond the limit. */
  ImmutableList<Problem> toList() {
    ImmutableList.Builder<Problem> all = ImmutableList.builder();
    all.addAll(kept);
    if (count > kept.size()) {
      all.add(
          Problem.of(
              "dataset",
              "%s more problems not listed (the first %s are)",
              count - kept.size(),
              kept.size()));
    }
    return all.build();
  }
}
