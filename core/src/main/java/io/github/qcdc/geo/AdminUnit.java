package io.github.qcdc.geo;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.internal.QcdcStyle;
import io.github.qcdc.period.DateInterval;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One version of an administrative unit or residential community: its code, name, type, parent and
 * tags over an interval of days.
 *
 * <p>A unit whose name, type or parent changes keeps its code and gets a new version starting on
 * the day of the change; the {@link Gazetteer} holds every version. Tags may hold for part of a
 * version ({@link UnitTag#validity()}).
 *
 * <p>A province has no parent; every other unit has one. The code's shape matches the tier ({@link
 * UnitCode#shapeTier()}). Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@QcdcStyle
public abstract class AdminUnit {

  AdminUnit() {}

  /** {@return a builder; {@code code}, {@code name} and {@code type} are required} */
  public static ImmutableAdminUnit.Builder builder() {
    return ImmutableAdminUnit.builder();
  }

  /**
   * {@return a unit in force on every day, without tags}
   *
   * @param code the unit's code
   * @param name the name without the type
   * @param type the type, which gives the tier
   * @param parent the parent unit's code; empty for a province
   */
  public static AdminUnit of(String code, String name, UnitType type, Optional<String> parent) {
    return builder()
        .code(UnitCode.of(code))
        .name(name)
        .type(type)
        .parent(parent.map(UnitCode::of))
        .build();
  }

  /** {@return the unit's code, the same in all its versions} */
  public abstract UnitCode code();

  /** {@return the name without the type: {@code Nghi Lộc}, not {@code Huyện Nghi Lộc}} */
  public abstract String name();

  /** {@return the type, which gives the tier} */
  public abstract UnitType type();

  /** {@return the parent unit's code; empty for a province} */
  public abstract Optional<UnitCode> parent();

  /** {@return the days this version is in force; every day unless set} */
  @Value.Default
  public DateInterval validity() {
    return DateInterval.always();
  }

  /** {@return the tags, each with its own validity} */
  public abstract ImmutableSet<UnitTag> tags();

  /** {@return the tier of the unit's type} */
  public final Tier tier() {
    return type().tier();
  }

  /**
   * {@return whether the unit carries tag {@code name} on {@code date}}
   *
   * @param name the tag's name
   * @param date the day
   */
  public final boolean hasTag(String name, LocalDate date) {
    for (UnitTag tag : tags()) {
      if (tag.name().equals(name) && tag.holdsOn(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether this version is in force on {@code date}}
   *
   * @param date the day
   */
  public final boolean isInForceOn(LocalDate date) {
    return validity().contains(date);
  }

  /**
   * {@return the name with its type, as Vietnamese documents write it: {@code Thị trấn Quán Hành}}
   */
  public final String nameWithType() {
    String type = type().vietnamese();
    return Character.toUpperCase(type.charAt(0)) + type.substring(1) + " " + name();
  }

  /**
   * {@return a copy with {@code name}}
   *
   * @param name the name without the type
   */
  public abstract AdminUnit withName(String name);

  /**
   * {@return a copy with {@code validity}}
   *
   * @param validity the days this version is in force
   */
  public abstract AdminUnit withValidity(DateInterval validity);

  @Value.Check
  void check() {
    Checks.text("unit name", name());
    checkArgument(
        code().shapeTier() == tier(),
        "unit %s: code shape is %s but type %s is %s",
        code(),
        code().shapeTier(),
        type().key(),
        tier());
    if (tier() == Tier.PROVINCE) {
      checkArgument(
          parent().isEmpty(),
          "unit %s: a province has no parent, got parent %s",
          code(),
          parent().map(UnitCode::value).orElse(""));
    } else {
      checkArgument(parent().isPresent(), "unit %s: a %s needs a parent", code(), type().key());
    }
  }

  @Override
  public String toString() {
    return code() + " " + nameWithType() + " " + validity();
  }
}
