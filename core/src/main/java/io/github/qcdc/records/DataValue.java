package io.github.qcdc.records;

import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.internal.QcdcStyle;
import io.github.qcdc.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An aggregate a unit reports for a period, in the manner of DHIS2's aggregate data values: "226
 * supervisions by district-level bodies in 2016/2020".
 *
 * <p>A value may be disaggregated by named options ({@code level=district}); the key of a value is
 * its element, unit, period and disaggregation, and a dataset holds at most one value per key. The
 * {@link Amount} is a reported count (zero included) or "not applicable"; a value that was not
 * reported is absent. A stock figure may state the day it was taken ({@link #asOf()}), which must
 * lie in the period's civil days. {@link #source()} says where the figure comes from (a report and
 * its line).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@QcdcStyle
public abstract class DataValue {

  DataValue() {}

  /**
   * {@return a builder; {@code id}, {@code element}, {@code unit}, {@code period}, {@code amount}
   * are required}
   */
  public static ImmutableDataValue.Builder builder() {
    return ImmutableDataValue.builder();
  }

  /**
   * {@return a reported, not disaggregated count}
   *
   * @param id the identifier, unique among the data values of a dataset
   * @param element what is counted
   * @param unit the code of the unit that reports
   * @param period the period the value covers
   * @param count the count, not negative
   */
  public static DataValue of(
      String id, DataElement element, String unit, ReportingPeriod period, long count) {
    return builder()
        .id(RecordId.of(id))
        .element(element)
        .unit(UnitCode.of(unit))
        .period(period)
        .amount(Amount.of(count))
        .build();
  }

  /** {@return the identifier, unique among the data values of a dataset} */
  public abstract RecordId id();

  /** {@return what is counted} */
  public abstract DataElement element();

  /** {@return the unit that reports} */
  public abstract UnitCode unit();

  /** {@return the period the value covers} */
  public abstract ReportingPeriod period();

  /** {@return disaggregation options, by category: {@code level=district}} */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> disaggregation();

  /** {@return the reported count, or "not applicable"} */
  public abstract Amount amount();

  /**
   * {@return the day a stock figure was taken, if stated; a dataset checks it lies in the period}
   */
  public abstract Optional<LocalDate> asOf();

  /** {@return where the figure comes from, if stated} */
  public abstract Optional<String> source();

  /**
   * {@return the key a dataset holds at most one value for: element, unit, period and
   * disaggregation}
   */
  public final String key() {
    return element() + "|" + unit() + "|" + period() + "|" + disaggregation();
  }

  @Value.Check
  void check() {
    for (Map.Entry<String, String> option : disaggregation().entrySet()) {
      Checks.key("data value " + id() + " disaggregation category", option.getKey());
      Checks.key("data value " + id() + " disaggregation option", option.getValue());
    }
  }

  @Override
  public String toString() {
    return id() + " " + key() + " = " + amount();
  }
}
