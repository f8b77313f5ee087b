package io.github.qcdc.dataset;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.Amount;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.RecordId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A validated, indexed, immutable collection of records: the gazetteer, the organisations, the
 * activities, the data values and the facts the engine evaluates.
 *
 * <p>Build one with {@link #builder(Gazetteer)}. The builder checks everything and reports every
 * problem at once ({@link QcdcException#problems()}), each with a path such as {@code
 * activities[1234].unit}, where the index is the record's position in adding order: unique ids per
 * kind of record; units and organisations that exist and are in force on a record's day;
 * organisations in a unit in force; no cycle among organisations; no negative count or quantity;
 * one data value per element, unit, period and disaggregation; a data value's as-of day inside its
 * period.
 *
 * <p>Equal inputs give equal datasets whatever the order they were added in: organisations are kept
 * by id, activities by unit (canonical index), day and id ({@link ActivityTable}), data values by
 * unit, period, element, disaggregation and id, facts by subject, key, start and id.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Dataset {
  private final Gazetteer gazetteer;
  private final ImmutableList<Organization> organizations;
  private final ImmutableMap<OrganizationId, Integer> organizationIndex;
  private final ActivityTable activities;
  private final ImmutableList<DataValue> dataValues;
  private final ImmutableList<Fact> facts;
  private final int[] dataValueUnits;

  /** Per data value, the index of its period in {@link #periods}. */
  private final int[] dataValuePeriods;

  /** The distinct periods of the data values, sorted. */
  private final ImmutableList<ReportingPeriod> periods;

  /** Per data value, a 64-bit hash of its unit, id, element, period and amount. */
  private final long[] dataValueHashes;

  private Dataset(Builder b, ImmutableList<Organization> organizations) {
    this.gazetteer = b.gazetteer;
    this.organizations = organizations;
    this.organizationIndex = indexOf(organizations);
    this.activities = b.activities.build(organizations, organizationIndex);
    this.dataValues =
        ImmutableList.sortedCopyOf(
            Comparator.<DataValue>comparingInt(v -> gazetteer.indexOf(v.unit()))
                .thenComparing(DataValue::period)
                .thenComparing(DataValue::element)
                .thenComparing(v -> v.disaggregation().toString())
                .thenComparing(DataValue::id),
            b.dataValues);
    this.dataValueUnits = new int[dataValues.size()];
    this.dataValuePeriods = new int[dataValues.size()];
    this.dataValueHashes = new long[dataValues.size()];
    this.periods =
        dataValues.stream()
            .map(DataValue::period)
            .distinct()
            .sorted()
            .collect(ImmutableList.toImmutableList());
    Map<ReportingPeriod, Integer> periodIndex = new java.util.HashMap<>();
    for (int p = 0; p < periods.size(); p++) {
      periodIndex.put(periods.get(p), p);
    }
    for (int i = 0; i < dataValueUnits.length; i++) {
      DataValue value = dataValues.get(i);
      dataValueUnits[i] = gazetteer.indexOf(value.unit());
      dataValuePeriods[i] = java.util.Objects.requireNonNull(periodIndex.get(value.period()));
      dataValueHashes[i] =
          ((long) dataValueUnits[i] << 32)
              ^ value.id().value().hashCode()
              ^ ((long) value.element().key().hashCode() << 16)
              ^ periodHash(value.period()) * 31L
              ^ amountHash(value.amount()) * 0x9E3779B97F4A7C15L;
    }
    this.facts =
        ImmutableList.sortedCopyOf(
            Comparator.comparing(Fact::subject)
                .thenComparing(Fact::key)
                .thenComparing(f -> f.validity().start())
                .thenComparing(Fact::id),
            b.facts);
  }

  /**
   * Each id's first position in {@code sorted}; duplicates, a problem the builder reports, keep the
   * first.
   */
  /**
   * A hash of a period from its defined parts, the same in every JVM: its kind's name and its first
   * and last civil days (never an enum's identity hash).
   */
  static long periodHash(ReportingPeriod period) {
    return ((long) period.kind().name().hashCode() << 40)
        ^ (period.start().toEpochDay() << 20)
        ^ period.end().toEpochDay();
  }

  private static ImmutableMap<OrganizationId, Integer> indexOf(List<Organization> sorted) {
    Map<OrganizationId, Integer> index = new TreeMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      index.putIfAbsent(sorted.get(i).id(), i);
    }
    return ImmutableMap.copyOf(index);
  }

  /**
   * {@return a builder over {@code gazetteer}, which every record's unit must be in}
   *
   * @param gazetteer the units every record's unit must be in
   */
  public static Builder builder(Gazetteer gazetteer) {
    return new Builder(gazetteer);
  }

  /** {@return the gazetteer} */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** {@return the organisations, by id} */
  public ImmutableList<Organization> organizations() {
    return organizations;
  }

  /**
   * {@return the organisation {@code id}, if the dataset has it}
   *
   * @param id the organisation's id
   */
  public Optional<Organization> organization(OrganizationId id) {
    Integer i = organizationIndex.get(id);
    return i == null ? Optional.empty() : Optional.of(organizations.get(i));
  }

  /** {@return the activities, as columns sorted by unit, day and id} */
  public ActivityTable activities() {
    return activities;
  }

  /** {@return the data values, by unit, period, element, disaggregation and id} */
  public ImmutableList<DataValue> dataValues() {
    return dataValues;
  }

  /**
   * {@return the position in {@link #dataValues()} of the first value whose unit's canonical index
   * is {@code unitIndex} or more; the values of units {@code [a, b)} are {@code
   * [firstDataValueOfUnit(a), firstDataValueOfUnit(b))}}
   *
   * @param unitIndex a canonical unit index, from 0 to the gazetteer's size
   */
  public int firstDataValueOfUnit(int unitIndex) {
    int lo = 0;
    int hi = dataValueUnits.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (dataValueUnits[mid] < unitIndex) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * {@return the canonical index of the unit of data value {@code i} of {@link #dataValues()}}
   *
   * @param i the data value's position in {@link #dataValues()}
   */
  public int dataValueUnit(int i) {
    return dataValueUnits[i];
  }

  /** {@return the distinct periods of the data values, sorted} */
  public ImmutableList<ReportingPeriod> dataValuePeriods() {
    return periods;
  }

  /**
   * {@return the index in {@link #dataValuePeriods()} of the period of data value {@code i}}
   *
   * @param i the data value's position in {@link #dataValues()}
   */
  public int dataValuePeriod(int i) {
    return dataValuePeriods[i];
  }

  /**
   * The hash of an amount in the data fingerprint: its count when it is an exact count or not
   * applicable (0), so figures of whole counts keep the fingerprints they had; otherwise the hash
   * of its text form ({@code gần 800 tỷ đồng}), which is defined and keeps scale, qualifier and
   * unit.
   */
  private static long amountHash(Amount amount) {
    return amount.isExactCount() || !amount.applicable()
        ? amount.count()
        : ((long) amount.toString().hashCode() << 24) ^ amount.value().unscaledValue().longValue();
  }

  /**
   * {@return a 64-bit hash of data value {@code i}: its unit, id, element, period and amount, for
   * the fingerprint of the records a report read}
   *
   * @param i the data value's position in {@link #dataValues()}
   */
  public long dataValueHash(int i) {
    return dataValueHashes[i];
  }

  /** The facts, by subject, key, start and id. */
  /**
   * {@return the names this dataset's records mention, computed once: data element keys,
   * disaggregation categories, fact keys, organisation kinds (keys), each sorted}
   *
   * @since 0.2
   */
  public Names names() {
    Names known = names;
    if (known == null) {
      java.util.TreeSet<String> elements = new java.util.TreeSet<>();
      java.util.TreeSet<String> categories = new java.util.TreeSet<>();
      for (DataValue value : dataValues) {
        elements.add(value.element().key());
        categories.addAll(value.disaggregation().keySet());
      }
      java.util.TreeSet<String> factKeys = new java.util.TreeSet<>();
      facts.forEach(f -> factKeys.add(f.key()));
      java.util.TreeSet<String> kinds = new java.util.TreeSet<>();
      organizations.forEach(o -> kinds.add(o.kind().key()));
      known =
          new Names(
              com.google.common.collect.ImmutableSortedSet.copyOf(elements),
              com.google.common.collect.ImmutableSortedSet.copyOf(categories),
              com.google.common.collect.ImmutableSortedSet.copyOf(factKeys),
              com.google.common.collect.ImmutableSortedSet.copyOf(kinds));
      names = known;
    }
    return known;
  }

  private volatile @Nullable Names names;

  /**
   * The names a dataset's records mention.
   *
   * @param elements data element keys
   * @param categories disaggregation categories of data values
   * @param factKeys fact keys
   * @param organizationKinds organisation kind keys
   * @since 0.2
   */
  public record Names(
      com.google.common.collect.ImmutableSortedSet<String> elements,
      com.google.common.collect.ImmutableSortedSet<String> categories,
      com.google.common.collect.ImmutableSortedSet<String> factKeys,
      com.google.common.collect.ImmutableSortedSet<String> organizationKinds) {}

  /** {@return the facts, sorted by subject, key, start of validity and id} */
  public ImmutableList<Fact> facts() {
    return facts;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Dataset d
        && gazetteer.equals(d.gazetteer)
        && organizations.equals(d.organizations)
        && activities.equals(d.activities)
        && dataValues.equals(d.dataValues)
        && facts.equals(d.facts);
  }

  @Override
  public int hashCode() {
    return ((gazetteer.hashCode() * 31 + organizations.hashCode()) * 31 + activities.hashCode())
            * 31
        + dataValues.hashCode() * 7
        + facts.hashCode();
  }

  @Override
  public String toString() {
    return "Dataset["
        + gazetteer.size()
        + " units, "
        + organizations.size()
        + " organizations, "
        + activities.size()
        + " activities, "
        + dataValues.size()
        + " data values, "
        + facts.size()
        + " facts]";
  }

  /**
   * Collects records; {@link #build()} checks them and reports every problem at once. Activities
   * are stored in columns as they are added, so millions of them take little more memory than the
   * finished dataset. Not thread-safe.
   */
  public static final class Builder {
    /**
     * How many problems a failed build lists; beyond it, one last problem counts the rest, with the
     * path {@code dataset}.
     */
    public static final int PROBLEM_LIMIT = 10_000;

    private final Gazetteer gazetteer;
    private final ProblemList problems = new ProblemList(PROBLEM_LIMIT);
    private final List<Organization> organizations = new ArrayList<>();
    private final ActivityTableBuilder activities;
    private final List<DataValue> dataValues = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();
    private boolean built;

    private Builder(Gazetteer gazetteer) {
      this.gazetteer = gazetteer;
      this.activities = new ActivityTableBuilder(gazetteer, problems);
    }

    /**
     * Adds an organisation; its path is {@code organizations[i]}, in adding order.
     *
     * @param organization the organisation
     * @return this builder
     */
    public Builder add(Organization organization) {
      organizations.add(organization);
      return this;
    }

    /**
     * Adds an activity; its path is {@code activities[i]}, in adding order.
     *
     * @param activity the activity
     * @return this builder
     */
    public Builder add(Activity activity) {
      activities.add(activity);
      return this;
    }

    /**
     * Adds an activity given by its fields, without building an {@link Activity}: the same record,
     * the same path ({@code activities[i]}) and the same problems at {@link #build()} as {@code
     * add(Activity.builder()...build())} with these fields. Readers of large files use it; {@code
     * quantities} and {@code attributes} are read at once, not kept.
     *
     * @param id the activity's id, unique among the activities
     * @param type its type
     * @param unit the unit where it happened
     * @param date the day it happened
     * @param organiser the organisation that organised it, if recorded
     * @param quantities its whole-number quantities by key, none negative
     * @param attributes its text attributes by key
     * @return this builder
     * @throws IllegalArgumentException if a key of {@code quantities} or {@code attributes} is not
     *     a key (lower-case letters and digits joined by {@code - _ . :}), as {@link Activity}
     *     would
     */
    public Builder addActivity(
        RecordId id,
        ActivityType type,
        UnitCode unit,
        LocalDate date,
        Optional<OrganizationId> organiser,
        Map<String, Long> quantities,
        Map<String, String> attributes) {
      activities.add(
          id,
          type,
          unit,
          date,
          organiser.orElse(null),
          keys(id, "quantity", quantities),
          keys(id, "attribute", attributes));
      return this;
    }

    private static <V> Map<String, V> keys(RecordId id, String what, Map<String, V> entries) {
      return Checks.keysOf("activity", id, what, entries);
    }

    /**
     * Adds a data value; its path is {@code dataValues[i]}, in adding order.
     *
     * @param value the data value
     * @return this builder
     */
    public Builder add(DataValue value) {
      dataValues.add(value);
      return this;
    }

    /**
     * Adds a fact; its path is {@code facts[i]}, in adding order.
     *
     * @param fact the fact
     * @return this builder
     */
    public Builder add(Fact fact) {
      facts.add(fact);
      return this;
    }

    /**
     * Adds organisations.
     *
     * @param all the organisations, in order
     * @return this builder
     */
    public Builder addOrganizations(Iterable<Organization> all) {
      all.forEach(this::add);
      return this;
    }

    /**
     * Adds activities.
     *
     * @param all the activities, in order
     * @return this builder
     */
    public Builder addActivities(Iterable<Activity> all) {
      all.forEach(this::add);
      return this;
    }

    /**
     * Adds data values.
     *
     * @param all the data values, in order
     * @return this builder
     */
    public Builder addDataValues(Iterable<DataValue> all) {
      all.forEach(this::add);
      return this;
    }

    /**
     * Adds facts.
     *
     * @param all the facts, in order
     * @return this builder
     */
    public Builder addFacts(Iterable<Fact> all) {
      all.forEach(this::add);
      return this;
    }

    /**
     * Checks every record and returns the dataset. A builder builds once.
     *
     * @return the dataset
     * @throws QcdcException with every problem found (up to {@link #PROBLEM_LIMIT}, then a count)
     * @throws IllegalStateException if called a second time
     */
    public Dataset build() {
      checkState(!built, "a dataset builder builds once");
      built = true;
      DatasetChecks checks = new DatasetChecks(gazetteer, problems);
      checks.organizations(organizations);
      ImmutableList<Organization> sorted =
          organizations.stream()
              .sorted(Comparator.comparing(Organization::id))
              .distinct()
              .collect(ImmutableList.toImmutableList());
      Map<OrganizationId, Organization> byId =
          sorted.stream()
              .collect(
                  ImmutableMap.toImmutableMap(Organization::id, Function.identity(), (a, b) -> a));
      ImmutableMap<OrganizationId, Integer> index = indexOf(sorted);
      activities.checkOrganisers(sorted, index);
      activities.checkDuplicateIds();
      checks.dataValues(dataValues);
      checks.facts(facts, byId);
      if (!problems.isEmpty()) {
        throw new QcdcException("invalid dataset", problems.toList());
      }
      return new Dataset(this, sorted);
    }
  }
}
