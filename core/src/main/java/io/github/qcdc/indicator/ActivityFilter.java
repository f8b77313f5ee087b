package io.github.qcdc.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.records.ActivityType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which activities a measure counts: by type, by the tier, type or tags of the unit where they
 * happened, by the kind of organiser, by an attribute; and any combination with {@link #and},
 * {@link #or} and {@link #not}.
 *
 * <p>Unit type and tags are read on the tree the report is expressed on; an activity without an
 * organiser never matches {@link #organisedBy}. Filters are immutable values, compared by content.
 *
 * @since 0.1
 */
public sealed interface ActivityFilter {

  /** {@return every activity} */
  static ActivityFilter any() {
    return new Any();
  }

  /**
   * {@return activities of one of {@code types}}
   *
   * @param types the activity types, at least one
   */
  static ActivityFilter type(ActivityType... types) {
    return new OfType(ImmutableSortedSet.copyOf(types));
  }

  /**
   * {@return activities at a unit of one of {@code tiers}: "the level" of reports}
   *
   * @param tiers the tiers, at least one
   */
  static ActivityFilter tier(Tier... tiers) {
    return new AtTier(ImmutableSortedSet.copyOf(tiers));
  }

  /**
   * {@return activities at a unit of one of {@code types}}
   *
   * @param types the unit types, at least one
   */
  static ActivityFilter unitType(UnitType... types) {
    return new AtUnitType(ImmutableSortedSet.copyOf(types));
  }

  /**
   * {@return activities at a unit tagged {@code tag} on the activity's day}
   *
   * @param tag the tag's name
   */
  static ActivityFilter unitTagged(String tag) {
    return new UnitTagged(Checks.key("tag", tag));
  }

  /**
   * {@return activities organised by an organisation of one of {@code kinds}}
   *
   * @param kinds the organisation kinds, at least one
   */
  static ActivityFilter organisedBy(OrganizationKind... kinds) {
    return new OrganisedBy(ImmutableSortedSet.copyOf(kinds));
  }

  /**
   * {@return activities organised by one of the organisations {@code ids}}
   *
   * @param ids the organisations' ids, at least one
   */
  static ActivityFilter organiser(OrganizationId... ids) {
    return new OrganisedById(ImmutableSortedSet.copyOf(ids));
  }

  /**
   * {@return activities whose attribute {@code key} is {@code value}}
   *
   * @param key the attribute's key
   * @param value the value it must have, compared exactly
   */
  static ActivityFilter attribute(String key, String value) {
    return new Attribute(Checks.key("attribute key", key), Checks.text("attribute value", value));
  }

  /**
   * {@return activities every one of {@code filters} matches}
   *
   * @param filters the filters, at least one
   */
  static ActivityFilter allOf(ActivityFilter... filters) {
    return new AllOf(ImmutableList.copyOf(filters));
  }

  /**
   * {@return activities at least one of {@code filters} matches}
   *
   * @param filters the filters, at least one
   */
  static ActivityFilter anyOf(ActivityFilter... filters) {
    return new AnyOf(ImmutableList.copyOf(filters));
  }

  /**
   * {@return activities {@code filter} does not match}
   *
   * @param filter the filter whose activities are left out
   */
  static ActivityFilter not(ActivityFilter filter) {
    return new Not(filter);
  }

  /**
   * {@return this filter and {@code other}}
   *
   * @param other the other filter
   */
  default ActivityFilter and(ActivityFilter other) {
    return allOf(this, other);
  }

  /**
   * {@return this filter or {@code other}}
   *
   * @param other the other filter
   */
  default ActivityFilter or(ActivityFilter other) {
    return anyOf(this, other);
  }

  /**
   * {@return what the filter selects, as a phrase: "giám sát, cấp xã" / "supervision, commune
   * level"}
   */
  Phrase describe();

  /** Every activity. */
  record Any() implements ActivityFilter {
    @Override
    public Phrase describe() {
      return Phrase.of("mọi hoạt động", "all activities");
    }
  }

  /**
   * Activities of one of the types.
   *
   * @param types the types, at least one
   */
  record OfType(ImmutableSortedSet<ActivityType> types) implements ActivityFilter {
    /**
     * Validates that there is a type.
     *
     * @param types the types, at least one
     */
    public OfType {
      checkArgument(!types.isEmpty(), "activity filter needs at least one type");
    }

    @Override
    public Phrase describe() {
      String keys = types.stream().map(ActivityType::key).collect(Collectors.joining(", "));
      return Phrase.of("loại " + keys, "of type " + keys);
    }
  }

  /**
   * Activities at a unit of one of the tiers.
   *
   * @param tiers the tiers, at least one
   */
  record AtTier(ImmutableSortedSet<Tier> tiers) implements ActivityFilter {
    /**
     * Validates that there is a tier.
     *
     * @param tiers the tiers, at least one
     */
    public AtTier {
      checkArgument(!tiers.isEmpty(), "activity filter needs at least one tier");
    }

    @Override
    public Phrase describe() {
      return Phrase.of(
          tiers.stream().map(Tier::vietnamese).collect(Collectors.joining(", ")),
          "at " + tiers.stream().map(Tier::english).collect(Collectors.joining(", ")));
    }
  }

  /**
   * Activities at a unit of one of the types.
   *
   * @param types the unit types, at least one
   */
  record AtUnitType(ImmutableSortedSet<UnitType> types) implements ActivityFilter {
    /**
     * Validates that there is a type.
     *
     * @param types the unit types, at least one
     */
    public AtUnitType {
      checkArgument(!types.isEmpty(), "activity filter needs at least one unit type");
    }

    @Override
    public Phrase describe() {
      return Phrase.of(
          "tại " + types.stream().map(UnitType::vietnamese).collect(Collectors.joining(", ")),
          "in " + types.stream().map(UnitType::english).collect(Collectors.joining(", ")));
    }
  }

  /**
   * Activities at a unit carrying a tag on their day.
   *
   * @param tag the tag name
   */
  record UnitTagged(String tag) implements ActivityFilter {
    @Override
    public Phrase describe() {
      return Phrase.of("tại đơn vị có nhãn " + tag, "in units tagged " + tag);
    }
  }

  /**
   * Activities organised by an organisation of one of the kinds.
   *
   * @param kinds the kinds, at least one
   */
  record OrganisedBy(ImmutableSortedSet<OrganizationKind> kinds) implements ActivityFilter {
    /**
     * Validates that there is a kind.
     *
     * @param kinds the kinds, at least one
     */
    public OrganisedBy {
      checkArgument(!kinds.isEmpty(), "activity filter needs at least one organization kind");
    }

    @Override
    public Phrase describe() {
      return Phrase.of(
          "do "
              + kinds.stream().map(OrganizationKind::vietnamese).collect(Collectors.joining(", "))
              + " tổ chức",
          "organised by "
              + kinds.stream().map(OrganizationKind::key).collect(Collectors.joining(", ")));
    }
  }

  /**
   * Activities organised by one of some organisations.
   *
   * @param ids the organisations, at least one
   */
  record OrganisedById(ImmutableSortedSet<OrganizationId> ids) implements ActivityFilter {
    /**
     * Validates that there is an organisation.
     *
     * @param ids the organisations, at least one
     */
    public OrganisedById {
      checkArgument(!ids.isEmpty(), "activity filter needs at least one organization");
    }

    @Override
    public Phrase describe() {
      String list = ids.stream().map(OrganizationId::value).collect(Collectors.joining(", "));
      return Phrase.of("do " + list + " tổ chức", "organised by " + list);
    }
  }

  /**
   * Activities whose attribute has a value.
   *
   * @param key the attribute key
   * @param value the value
   */
  record Attribute(String key, String value) implements ActivityFilter {
    @Override
    public Phrase describe() {
      return Phrase.of(key + " = " + value, key + " = " + value);
    }
  }

  /**
   * Activities every filter matches.
   *
   * @param filters the filters, at least one
   */
  record AllOf(ImmutableList<ActivityFilter> filters) implements ActivityFilter {
    /**
     * Validates that there is a filter.
     *
     * @param filters the filters, at least one
     */
    public AllOf {
      checkArgument(!filters.isEmpty(), "allOf needs at least one filter");
    }

    @Override
    public Phrase describe() {
      return joined(filters, ", ", ", ");
    }
  }

  /**
   * Activities at least one filter matches.
   *
   * @param filters the filters, at least one
   */
  record AnyOf(ImmutableList<ActivityFilter> filters) implements ActivityFilter {
    /**
     * Validates that there is a filter.
     *
     * @param filters the filters, at least one
     */
    public AnyOf {
      checkArgument(!filters.isEmpty(), "anyOf needs at least one filter");
    }

    @Override
    public Phrase describe() {
      Phrase inner = joined(filters, " hoặc ", " or ");
      return Phrase.of("(" + inner.vi() + ")", "(" + inner.en() + ")");
    }
  }

  /**
   * Activities a filter does not match.
   *
   * @param filter the filter
   */
  record Not(ActivityFilter filter) implements ActivityFilter {
    @Override
    public Phrase describe() {
      Phrase inner = filter.describe();
      return Phrase.of("không (" + inner.vi() + ")", "not (" + inner.en() + ")");
    }
  }

  private static Phrase joined(List<ActivityFilter> filters, String vi, String en) {
    return filters.stream()
        .map(ActivityFilter::describe)
        .reduce((a, b) -> a.join(vi, en, b))
        .orElseThrow();
  }
}
