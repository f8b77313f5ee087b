package io.github.qcdc.io.json;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one document: the first {@link DatasetJson#PROBLEM_LIMIT} kept, the rest only
 * counted, so that a hostile document cannot fill memory with problems.
 */
final class ProblemList extends AbstractList<Problem> {
  private final List<Problem> kept = new ArrayList<>();
  private long overflow;

  @Override
  public boolean add(Problem problem) {
    if (kept.size() < DatasetJson.PROBLEM_LIMIT) {
      kept.add(problem);
    } else {
      overflow++;
    }
    return true;
  }

  @Override
  public Problem get(int index) {
    return kept.get(index);
  }

  @Override
  public int size() {
    return kept.size();
  }

  /**
   * The failure of reading {@code source}: the kept problems, then, if some were only counted, a
   * last problem saying how many.
   */
  QcdcException failure(String what, String source) {
    List<Problem> all = new ArrayList<>(kept);
    if (overflow > 0) {
      all.add(
          Problem.of(
              source,
              "%s more problems not listed (the first %s are)",
              overflow,
              DatasetJson.PROBLEM_LIMIT));
    }
    return new QcdcException("invalid " + what + " " + source, all);
  }
}
