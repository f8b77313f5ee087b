package io.github.qcdc.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.records.DataElement;
import java.util.Map;

/**
 * What is added up: activities counted, an activity quantity summed, reported data values summed,
 * the subjects of a population counted (all, or those with a fact), or a sum of measures (so that
 * activities and aggregate data values of the same thing add up, as provinces collect both).
 *
 * <p>Over a scope and period, activities count when they happened in the scope on a day of the
 * period; data values when their unit is in the scope and their period lies inside the report's
 * period; a data value "not applicable" adds nothing. Per subject (in a rule's condition), the
 * scope is the subject unit and what lies inside it.
 *
 * @since 0.1
 */
public sealed interface Measure {

  /**
   * {@return the number of activities {@code filter} selects}
   *
   * @param filter the activities that count
   */
  static Measure count(ActivityFilter filter) {
    return new CountActivities(filter);
  }

  /**
   * {@return the sum of quantity {@code quantity} over the activities {@code filter} selects}
   *
   * @param filter the activities that count
   * @param quantity the quantity's key
   */
  static Measure sum(ActivityFilter filter, String quantity) {
    return new SumQuantity(filter, Checks.key("quantity", quantity));
  }

  /**
   * {@return the sum of reported values of {@code element}, all disaggregations together}
   *
   * @param element the data element
   */
  static Measure dataValues(DataElement element) {
    return new SumDataValues(element, ImmutableSortedMap.of());
  }

  /**
   * {@return the sum of reported values of {@code element} whose disaggregation includes {@code
   * options}}
   *
   * @param element the data element
   * @param options the disaggregation options a value must include, by category
   */
  static Measure dataValues(DataElement element, Map<String, String> options) {
    return new SumDataValues(element, ImmutableSortedMap.copyOf(options));
  }

  /**
   * {@return the number of subjects of {@code population} with a fact {@code fact} selects}
   *
   * @param population the subjects
   * @param fact the facts that count
   */
  static Measure subjectsWith(Population population, FactFilter fact) {
    return new CountSubjectsWithFact(population, fact);
  }

  /**
   * {@return the number of subjects of {@code population}: units of a tier in force on the
   * population's reference day (the gazetteer's count, such as the 411 xã of Nghệ An),
   * organisations, or events, without the excluded ones}
   *
   * @param population the subjects
   */
  static Measure subjects(Population population) {
    return new CountSubjects(population);
  }

  /**
   * {@return the sum of {@code measures}}
   *
   * @param measures the measures, at least one
   */
  static Measure sumOf(Measure... measures) {
    return new Sum(ImmutableList.copyOf(measures));
  }

  /** {@return what is measured, as a phrase} */
  Phrase describe();

  /**
   * The number of activities selected.
   *
   * @param filter the activities
   */
  record CountActivities(ActivityFilter filter) implements Measure {
    @Override
    public Phrase describe() {
      Phrase f = filter.describe();
      return Phrase.of("số hoạt động " + f.vi(), "number of activities " + f.en());
    }
  }

  /**
   * The sum of a quantity over the activities selected.
   *
   * @param filter the activities
   * @param quantity the quantity key
   */
  record SumQuantity(ActivityFilter filter, String quantity) implements Measure {
    @Override
    public Phrase describe() {
      Phrase f = filter.describe();
      return Phrase.of(
          "tổng " + quantity + " của các hoạt động " + f.vi(),
          "total " + quantity + " of activities " + f.en());
    }
  }

  /**
   * The sum of reported data values.
   *
   * @param element the data element
   * @param options disaggregation options a value must have; none means every value
   */
  record SumDataValues(DataElement element, ImmutableSortedMap<String, String> options)
      implements Measure {
    @Override
    public Phrase describe() {
      String opts = options.isEmpty() ? "" : " " + options;
      return Phrase.of(
          "tổng số liệu báo cáo " + element + opts, "sum of reported " + element + opts);
    }
  }

  /**
   * The number of subjects of a population with a fact.
   *
   * @param population the subjects
   * @param fact the fact
   */
  record CountSubjectsWithFact(Population population, FactFilter fact) implements Measure {
    @Override
    public Phrase describe() {
      Phrase p = population.describe();
      Phrase f = fact.describe();
      return Phrase.of("số " + p.vi() + " có " + f.vi(), "number of " + p.en() + " with " + f.en());
    }
  }

  /**
   * The number of subjects of a population.
   *
   * @param population the subjects
   */
  record CountSubjects(Population population) implements Measure {
    @Override
    public Phrase describe() {
      Phrase p = population.describe();
      return Phrase.of("số " + p.vi(), "number of " + p.en());
    }
  }

  /**
   * A sum of measures.
   *
   * @param measures the measures, at least one
   */
  record Sum(ImmutableList<Measure> measures) implements Measure {
    /**
     * Validates that there is a measure.
     *
     * @param measures the measures, at least one
     */
    public Sum {
      checkArgument(!measures.isEmpty(), "a sum needs at least one measure");
    }

    @Override
    public Phrase describe() {
      return measures.stream()
          .map(Measure::describe)
          .reduce((a, b) -> a.join(" cộng ", " plus ", b))
          .orElseThrow();
    }
  }
}
