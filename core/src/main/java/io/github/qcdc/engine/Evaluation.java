package io.github.qcdc.engine;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of one evaluation: the {@link Report}, and the records behind each figure, listed page
 * by page on demand, so that a figure over ten million activities does not carry ten million ids
 * and no list is ever cut short silently.
 *
 * <p>Holds the dataset it was evaluated on. Thread-safe.
 *
 * @since 0.1
 */
public final class Evaluation {
  private final Report report;
  private final Scope scope;
  private final Plan plan;

  Evaluation(Report report, Scope scope, Plan plan) {
    this.report = report;
    this.scope = scope;
    this.plan = plan;
  }

  /** {@return the report} */
  public Report report() {
    return report;
  }

  /**
   * {@return a page of the ids of the records that counted for indicator {@code id}: each activity
   * or data value that counted in any of its measures (either part of a ratio), once, activities in
   * row order, then data values}
   *
   * @param id the indicator's id
   * @param page the page, from 0
   * @param size the page size, at least 1
   * @throws IllegalArgumentException if the pack has no indicator {@code id}, or it counts subjects
   *     (a coverage or compliance rate, whose records are in the verdicts' evidence)
   */
  public RecordPage records(String id, int page, int size) {
    checkArgument(
        page >= 0 && size >= 1, "page must be at least 0 and size at least 1: %s, %s", page, size);
    int i = indexOf(id);
    Indicator.Definition d = plan.pack().indicators().get(i).definition();
    checkArgument(
        d instanceof Indicator.Value || d instanceof Indicator.Ratio,
        "indicator %s counts subjects; its records are in the verdicts' evidence",
        id);
    int first = plan.accumulator[i];
    int last = d instanceof Indicator.Ratio ? first + 1 : first;
    List<String> ids = new ArrayList<>();
    long skip = (long) page * size;
    long total = 0;
    for (int row = scope.rowFrom; row < scope.rowTo; row++) {
      int t = Counting.rowTree(scope, row);
      if (t < 0) {
        continue;
      }
      for (Pass.Sink sink : plan.sinks) {
        if (sink.accumulator() >= first
            && sink.accumulator() <= last
            && Counting.forTerm(sink.term(), scope, row, t)) {
          if (total++ >= skip && ids.size() < size) {
            ids.add(scope.table.id(row).value());
          }
          break;
        }
      }
    }
    List<DataValue> values = scope.dataset.dataValues();
    for (int v = scope.valueFrom; v < scope.valueTo; v++) {
      DataValue value = values.get(v);
      if (Counting.valueTree(scope, v) >= 0 && countsFor(value, first, last)) {
        if (total++ >= skip && ids.size() < size) {
          ids.add(value.id().value());
        }
      }
    }
    return new RecordPage(id, page, size, ImmutableList.copyOf(ids), total);
  }

  private boolean countsFor(DataValue value, int first, int last) {
    for (int m = 0; m < plan.measures.size(); m++) {
      int slot = plan.targets.get(m).accumulator();
      if (slot >= first
          && slot <= last
          && Counting.forTerms(plan.measures.get(m).dataValues, value)) {
        return true;
      }
    }
    return false;
  }

  private int indexOf(String id) {
    for (int i = 0; i < report.figures().size(); i++) {
      if (report.figures().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "unknown indicator "
            + id
            + "; the pack has "
            + report.figures().stream().map(Figure::id).toList());
  }

  /**
   * A page of record ids.
   *
   * @param indicator the indicator
   * @param page the page, from 0
   * @param size the page size
   * @param ids the ids on this page, at most {@code size}
   * @param total the number of records that counted, all pages together
   */
  public record RecordPage(
      String indicator, int page, int size, ImmutableList<String> ids, long total) {}
}
