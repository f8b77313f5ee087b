package io.github.qcdc.io.html;

import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.io.internal.ExactValues;
import io.github.qcdc.report.FigureValue;
import io.github.qcdc.report.Fraction;
import io.github.qcdc.text.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** How values and breakdown labels read on the page. */
final class Values {
  /** The label of records with no value for a dimension. */
  static final String NONE = "none";

  private final Language language;
  private final Optional<Gazetteer> units;
  private final LocalDate day;

  Values(Language language, Optional<Gazetteer> units, LocalDate day) {
    this.language = language;
    this.units = units;
    this.day = day;
  }

  /**
   * The exact value, unrounded: {@code 2849}, {@code 281/411}, {@code 899.5 km}, {@code 97.25%}, or
   * the reason a value is undefined.
   */
  static String exact(FigureValue value) {
    return ExactValues.of(value)
        .orElseGet(() -> "undefined: " + ((FigureValue.Undefined) value).reason());
  }

  /**
   * The length of a bar for {@code value}, if it has one: a count, a decimal, or a percentage (a
   * ratio as a percentage, exact to 6 places, rounded half-even); empty when undefined.
   */
  static Optional<BigDecimal> length(FigureValue value) {
    if (value instanceof FigureValue.Count c) {
      return Optional.of(BigDecimal.valueOf(c.count()));
    } else if (value instanceof FigureValue.Ratio r) {
      Fraction f = r.fraction();
      return Optional.of(
          BigDecimal.valueOf(f.numerator())
              .multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(f.denominator()), 6, RoundingMode.HALF_EVEN));
    } else if (value instanceof FigureValue.Decimal d) {
      return Optional.of(d.value());
    } else if (value instanceof FigureValue.Percentage p) {
      return Optional.of(p.percent());
    }
    return Optional.empty();
  }

  /** Whether bars of {@code value} are shares, drawn on a scale of 0 to 100%. */
  static boolean isShare(FigureValue value) {
    return value instanceof FigureValue.Ratio || value instanceof FigureValue.Percentage;
  }

  /** Whether a breakdown cell of {@code value} is left out of tables and charts, and listed. */
  static boolean omitted(FigureValue value) {
    return value instanceof FigureValue.Count c && c.count() == 0
        || value instanceof FigureValue.Undefined;
  }

  /** The heading of a dimension: {@code Cấp}, {@code Đơn vị cấp huyện}, {@code Năm}. */
  String dimension(Breakdown breakdown) {
    boolean vi = language == Language.VI;
    String parameter = breakdown.parameter().orElse("");
    return switch (breakdown.dimension()) {
      case TIER -> vi ? "Cấp" : "Level";
      case UNIT ->
          vi ? "Đơn vị " + breakdown.tier().vietnamese() : "Unit at " + breakdown.tier().english();
      case YEAR -> vi ? "Năm" : "Year";
      case QUARTER -> vi ? "Quý" : "Quarter";
      case ACTIVITY_TYPE -> vi ? "Loại hoạt động" : "Activity type";
      case ORGANISER -> vi ? "Đơn vị tổ chức" : "Organiser";
      case DISAGGREGATION -> (vi ? "Phân loại " : "Category ") + parameter;
      case UNIT_TYPE -> vi ? "Loại đơn vị" : "Unit type";
      case TAG -> (vi ? "Nhãn " : "Tag ") + parameter;
    };
  }

  /**
   * The label of a cell on {@code breakdown} for people: a tier's name, a unit's name and type, a
   * unit type's name; the key itself when it is none of those or is not known.
   */
  String label(Breakdown breakdown, String key) {
    if (key.equals(NONE)) {
      return language == Language.VI ? "(không có)" : "(none)";
    }
    switch (breakdown.dimension()) {
      case TIER -> {
        for (Tier tier : Tier.values()) {
          if (tier.name().equalsIgnoreCase(key)) {
            return capitalised(language == Language.VI ? tier.vietnamese() : tier.english());
          }
        }
      }
      case UNIT -> {
        Optional<String> name = unitName(key);
        if (name.isPresent()) {
          return name.get();
        }
      }
      case UNIT_TYPE -> {
        for (UnitType type : UnitType.values()) {
          if (type.key().equals(key)) {
            return capitalised(language == Language.VI ? type.vietnamese() : type.english());
          }
        }
      }
      default -> {}
    }
    return key;
  }

  /** The name and type of unit {@code code} on the report's day, if the units are known. */
  Optional<String> unitName(String code) {
    if (units.isEmpty()) {
      return Optional.empty();
    }
    UnitCode unit;
    try {
      unit = UnitCode.of(code);
    } catch (IllegalArgumentException notACode) {
      return Optional.empty(); // a label that is no unit code is shown as it is
    }
    return units.get().unit(unit, day).map(AdminUnit::nameWithType);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
