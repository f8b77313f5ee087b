package io.github.qcdc.indicator;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.organization.OrganizationKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who is in a denominator: the subjects a coverage counts or a rule gives verdicts to.
 *
 * <p>Units of a tier (optionally of some types, optionally carrying a tag) are taken from the tree
 * in force on the reference day: the period's last day unless {@link #at} says otherwise, so "every
 * xã in force at the period end" is {@code Population.units(Tier.COMMUNE, UnitType.XA)}.
 * Organisations are those of the kinds in force on the reference day in the scope. Events are the
 * activities of a filter in the scope and period, each its own subject. Excluded subjects are left
 * out of the denominator and listed with their reason.
 *
 * @param subjects what the subjects are
 * @param reference the reference day rule
 * @param exclusions subjects left out, with reasons
 * @since 0.1
 */
public record Population(
    Subjects subjects, Reference reference, ImmutableList<Exclusion> exclusions) {

  /**
   * {@return the units of {@code tier}, of one of {@code types} if any is given}
   *
   * @param tier the tier
   * @param types the unit types kept; none for every type of the tier
   */
  public static Population units(Tier tier, UnitType... types) {
    return new Population(
        new Units(tier, ImmutableSortedSet.copyOf(types), Optional.empty()),
        Reference.periodEnd(),
        ImmutableList.of());
  }

  /**
   * {@return the organisations of one of {@code kinds}}
   *
   * @param kinds the organisation kinds, at least one
   */
  public static Population organizations(OrganizationKind... kinds) {
    return new Population(
        new Organizations(ImmutableSortedSet.copyOf(kinds), ImmutableSortedMap.of()),
        Reference.periodEnd(),
        ImmutableList.of());
  }

  /**
   * {@return the activities {@code filter} selects, each a subject of its own}
   *
   * @param filter the activities that are subjects
   */
  public static Population events(ActivityFilter filter) {
    return new Population(new Events(filter), Reference.periodEnd(), ImmutableList.of());
  }

  /**
   * {@return this population restricted to units tagged {@code tag} on the reference day}
   *
   * @param tag the tag's name
   */
  public Population tagged(String tag) {
    if (!(subjects instanceof Units u)) {
      throw new IllegalArgumentException(
          "only a population of units can be restricted to a tag: " + this);
    }
    return new Population(
        new Units(u.tier(), u.types(), Optional.of(Checks.key("tag", tag))), reference, exclusions);
  }

  /**
   * {@return this population of organisations restricted to those whose attribute {@code key} is
   * {@code value} (an enterprise's {@code sector}, say)}
   *
   * @param key the attribute's key
   * @param value the value it must have
   */
  public Population withAttribute(String key, String value) {
    if (!(subjects instanceof Organizations o)) {
      throw new IllegalArgumentException(
          "only a population of organizations can be restricted to an attribute: " + this);
    }
    java.util.Map<String, String> attributes = new java.util.TreeMap<>(o.attributes());
    attributes.put(Checks.key("attribute key", key), Checks.text("attribute value", value));
    return new Population(
        new Organizations(o.kinds(), ImmutableSortedMap.copyOf(attributes)), reference, exclusions);
  }

  /**
   * {@return this population taken on {@code reference} instead}
   *
   * @param newReference the day the subjects are taken on
   */
  public Population at(Reference newReference) {
    return new Population(subjects, newReference, exclusions);
  }

  /**
   * {@return this population without subject {@code id} (a unit code or organisation id), for
   * {@code reason}}
   *
   * @param id the subject's id: a unit code or an organisation id
   * @param reason why it is left out, as reports say it
   */
  public Population excluding(String id, Phrase reason) {
    return new Population(
        subjects,
        reference,
        ImmutableList.<Exclusion>builder()
            .addAll(exclusions)
            .add(new Exclusion(id, reason))
            .build());
  }

  /** {@return what the subjects are, as a phrase} */
  public Phrase describe() {
    return subjects.describe();
  }

  /** What the subjects of a population are. */
  public sealed interface Subjects {
    /** {@return the subjects as a phrase} */
    Phrase describe();
  }

  /**
   * Units of a tier.
   *
   * @param tier the tier
   * @param types the accepted unit types; all of the tier if empty
   * @param tag a tag they must carry on the reference day, if any
   */
  public record Units(Tier tier, ImmutableSortedSet<UnitType> types, Optional<String> tag)
      implements Subjects {
    @Override
    public Phrase describe() {
      String vi =
          types.isEmpty()
              ? "đơn vị " + tier.vietnamese()
              : types.stream().map(UnitType::vietnamese).collect(Collectors.joining(", "));
      String en =
          types.isEmpty()
              ? tier.english() + " units"
              : types.stream().map(UnitType::english).collect(Collectors.joining(", ")) + " units";
      return Phrase.of(
          vi + tag.map(t -> " có nhãn " + t).orElse(""),
          en + tag.map(t -> " tagged " + t).orElse(""));
    }
  }

  /**
   * Organisations of some kinds, with some attributes.
   *
   * @param kinds the kinds; all kinds if empty
   * @param attributes attribute values they must have; none if empty
   */
  public record Organizations(
      ImmutableSortedSet<OrganizationKind> kinds, ImmutableSortedMap<String, String> attributes)
      implements Subjects {
    @Override
    public Phrase describe() {
      String keys = kinds.stream().map(OrganizationKind::key).collect(Collectors.joining(", "));
      String with = attributes.isEmpty() ? "" : " " + attributes;
      return Phrase.of("tổ chức " + keys + with, "organizations " + keys + with);
    }

    /**
     * {@return whether {@code organization} is one of these}
     *
     * @param organization the organisation
     */
    public boolean includes(io.github.qcdc.organization.Organization organization) {
      return (kinds.isEmpty() || kinds.contains(organization.kind()))
          && organization.attributes().entrySet().containsAll(attributes.entrySet());
    }
  }

  /**
   * Activities, each a subject.
   *
   * @param filter the activities
   */
  public record Events(ActivityFilter filter) implements Subjects {
    @Override
    public Phrase describe() {
      Phrase f = filter.describe();
      return Phrase.of("từng hoạt động " + f.vi(), "each activity " + f.en());
    }
  }

  /**
   * The day a population is taken on.
   *
   * @param kind period end, period start, or a fixed day
   * @param day the fixed day, for {@link Kind#DAY}
   */
  public record Reference(Kind kind, Optional<LocalDate> day) {
    /** The kinds of reference day. */
    public enum Kind {
      /** The period's last day. */
      PERIOD_END,
      /** The period's first day. */
      PERIOD_START,
      /** A fixed day. */
      DAY,
      /**
       * Every day of the period: the units in force on any of its days, each judged on the days it
       * was in force (see {@link Population}).
       */
      DURING
    }

    /**
     * Validates that a fixed day is given exactly for {@link Kind#DAY}.
     *
     * @param kind period end, period start, or a fixed day
     * @param day the fixed day, for {@link Kind#DAY}
     */
    public Reference {
      if ((kind == Kind.DAY) != day.isPresent()) {
        throw new IllegalArgumentException(
            "a reference day is given exactly for kind DAY: " + kind + " " + day);
      }
    }

    /** {@return the period's last day} */
    public static Reference periodEnd() {
      return new Reference(Kind.PERIOD_END, Optional.empty());
    }

    /** {@return the period's first day} */
    public static Reference periodStart() {
      return new Reference(Kind.PERIOD_START, Optional.empty());
    }

    /**
     * {@return every day of the period: a population of units holds every unit of its tier in force
     * on some day of the period inside the scope's territory, each judged on the days it was in
     * force (a commune merged on 2025-07-01 for January to June, the new commune for July to
     * December); a unit that changes only its name, type or parent stays one subject, a unit that a
     * succession starts (or a reused code) is another} Its day for tags is the period's last day.
     */
    public static Reference during() {
      return new Reference(Kind.DURING, Optional.empty());
    }

    /**
     * {@return a fixed day}
     *
     * @param day the fixed day, for {@link Kind#DAY}
     */
    public static Reference on(LocalDate day) {
      return new Reference(Kind.DAY, Optional.of(day));
    }

    /**
     * {@return the reference day for a period from {@code start} to {@code end}}
     *
     * @param start the period's first day
     * @param end the period's last day
     */
    public LocalDate resolve(LocalDate start, LocalDate end) {
      return switch (kind) {
        case PERIOD_END, DURING -> end;
        case PERIOD_START -> start;
        case DAY -> day.orElseThrow();
      };
    }
  }

  /**
   * A subject left out of the denominator.
   *
   * @param id the unit code or organisation id
   * @param reason why
   */
  public record Exclusion(String id, Phrase reason) {
    /**
     * Validates the id.
     *
     * @param id the unit code or organisation id
     * @param reason why
     */
    public Exclusion {
      Checks.text("excluded subject id", id);
    }
  }
}
