package io.github.qcdc.indicator;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.qcdc.geo.Tier;
import io.github.qcdc.internal.Checks;
import java.util.Locale;
import java.util.Optional;

/**
 * A dimension a figure is broken down by: the tier of the unit ("the level"), the unit at a tier
 * that contains the record (the district), the year, the quarter, the activity type, the organiser,
 * a disaggregation category, the unit type, or whether the unit carries a tag.
 *
 * <p>Cells are labelled by text: a tier's name ({@code COMMUNE}), a unit's code, {@code 2018},
 * {@code 2018Q3}, an activity type's key, an organisation's id (or {@code none}), an option of the
 * category (or {@code none}), a unit type's key, {@code yes}/{@code no}. The text form is {@code
 * tier}, {@code unit:district}, {@code year}, {@code quarter}, {@code activity-type}, {@code
 * organiser}, {@code disaggregation:level}, {@code unit-type}, {@code tag:mountainous}.
 *
 * @param dimension the dimension
 * @param parameter the tier (for {@link Dimension#UNIT}), category or tag name, when needed
 * @since 0.1
 */
public record Breakdown(Dimension dimension, Optional<String> parameter) {
  /** By the tier of the unit. */
  public static final Breakdown TIER = new Breakdown(Dimension.TIER, Optional.empty());

  /** By year. */
  public static final Breakdown YEAR = new Breakdown(Dimension.YEAR, Optional.empty());

  /** By quarter. */
  public static final Breakdown QUARTER = new Breakdown(Dimension.QUARTER, Optional.empty());

  /** By activity type. */
  public static final Breakdown ACTIVITY_TYPE =
      new Breakdown(Dimension.ACTIVITY_TYPE, Optional.empty());

  /** By organiser. */
  public static final Breakdown ORGANISER = new Breakdown(Dimension.ORGANISER, Optional.empty());

  /** By unit type. */
  public static final Breakdown UNIT_TYPE = new Breakdown(Dimension.UNIT_TYPE, Optional.empty());

  /** The dimensions. */
  public enum Dimension {
    /**
     * The tier of the record's unit; for a data value that states its level ({@code
     * level=district}, a province's figure for all its district-level bodies), that tier.
     */
    TIER,
    /** The unit at a tier that contains the record's unit. */
    UNIT,
    /** The year. */
    YEAR,
    /** The quarter. */
    QUARTER,
    /** The activity type. */
    ACTIVITY_TYPE,
    /** The organiser. */
    ORGANISER,
    /** A disaggregation category of data values. */
    DISAGGREGATION,
    /** The type of the record's unit. */
    UNIT_TYPE,
    /** Whether the record's unit carries a tag. */
    TAG
  }

  /**
   * Validates that the parameter is given exactly for the dimensions that need one.
   *
   * @param dimension the dimension
   * @param parameter the tier (for {@link Dimension#UNIT}), category or tag name, when needed
   */
  public Breakdown {
    boolean needs =
        dimension == Dimension.UNIT
            || dimension == Dimension.DISAGGREGATION
            || dimension == Dimension.TAG;
    checkArgument(
        needs == parameter.isPresent(),
        "breakdown %s %s a parameter",
        dimension,
        needs ? "needs" : "takes no");
    if (dimension == Dimension.UNIT) {
      Tier.valueOf(parameter.orElseThrow().toUpperCase(Locale.ROOT));
    } else {
      parameter.ifPresent(p -> Checks.key("breakdown parameter", p));
    }
  }

  /**
   * {@return a breakdown by the unit at {@code tier} containing the record: {@code
   * unitAt(Tier.DISTRICT)}}
   *
   * @param tier the tier
   */
  public static Breakdown unitAt(Tier tier) {
    return new Breakdown(Dimension.UNIT, Optional.of(tier.name().toLowerCase(Locale.ROOT)));
  }

  /**
   * {@return a breakdown by the options of disaggregation {@code category}}
   *
   * @param category the disaggregation category
   */
  public static Breakdown disaggregation(String category) {
    return new Breakdown(Dimension.DISAGGREGATION, Optional.of(category));
  }

  /**
   * {@return a breakdown by whether the unit carries {@code tag}}
   *
   * @param tag the tag's name
   */
  public static Breakdown tag(String tag) {
    return new Breakdown(Dimension.TAG, Optional.of(tag));
  }

  /** {@return the tier of a {@link Dimension#UNIT} breakdown} */
  public Tier tier() {
    checkArgument(dimension == Dimension.UNIT, "only a unit breakdown has a tier: %s", this);
    return Tier.valueOf(parameter.orElseThrow().toUpperCase(Locale.ROOT));
  }

  /**
   * Parses the text form.
   *
   * @param text the text form
   * @return the breakdown
   * @throws IllegalArgumentException naming the text
   */
  public static Breakdown parse(CharSequence text) {
    String s = text.toString();
    int colon = s.indexOf(':');
    String name = colon < 0 ? s : s.substring(0, colon);
    Optional<String> parameter = colon < 0 ? Optional.empty() : Optional.of(s.substring(colon + 1));
    for (Dimension d : Dimension.values()) {
      if (key(d).equals(name)) {
        return new Breakdown(d, parameter);
      }
    }
    throw new IllegalArgumentException(
        "breakdown must be tier, unit:TIER, year, quarter, activity-type, organiser,"
            + " disaggregation:CATEGORY, unit-type or tag:NAME: '"
            + s
            + "'");
  }

  private static String key(Dimension d) {
    return d.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String toString() {
    return key(dimension) + parameter.map(p -> ":" + p).orElse("");
  }
}
