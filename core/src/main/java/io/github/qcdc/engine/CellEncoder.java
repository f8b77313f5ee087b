package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.indicator.Breakdown;
import io.github.qcdc.records.DataValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Numbers the cells of a breakdown grid: every dimension has a fixed domain (the tiers, the units
 * of a tier in scope, the years of the period...) plus "none", and a cell is a mixed-radix number.
 */
final class CellEncoder {
  static final int MAX_CELLS = 1 << 22;
  static final String NONE = "none";

  private static final List<Tier> TIERS = List.of(Tier.values()); // the order of the domain

  /** The disaggregation category by which a data value states the tier it counts. */
  static final String LEVEL = "level";

  private final Scope scope;
  private final ImmutableList<Breakdown> dimensions;
  private final int[] radix;
  private final List<List<String>> labels = new ArrayList<>();
  private final int size;
  private final int[] @Nullable [] unitCodes;

  CellEncoder(Scope scope, ImmutableList<Breakdown> dimensions, String owner) {
    this.scope = scope;
    this.dimensions = dimensions;
    this.radix = new int[dimensions.size()];
    long cells = 1;
    for (int d = 0; d < dimensions.size(); d++) {
      List<String> domain = domain(dimensions.get(d));
      domain.add(NONE);
      labels.add(domain);
      radix[d] = domain.size();
      cells *= radix[d];
      if (cells > MAX_CELLS) {
        throw new QcdcException(
            "cannot evaluate",
            List.of(
                Problem.of(
                    owner + ".breakdowns",
                    "breakdown %s has more than %s cells",
                    dimensions,
                    MAX_CELLS)));
      }
    }
    this.size = (int) cells;
    this.unitCodes = new int[dimensions.size()][];
    for (int d = 0; d < dimensions.size(); d++) {
      unitCodes[d] = unitCodes(scope, dimensions.get(d), radix[d] - 1);
    }
  }

  ImmutableList<Breakdown> dimensions() {
    return dimensions;
  }

  int size() {
    return size;
  }

  private List<String> domain(Breakdown b) {
    List<String> domain = new ArrayList<>();
    switch (b.dimension()) {
      case TIER -> {
        for (Tier t : Tier.values()) {
          domain.add(t.key());
        }
      }
      case UNIT -> scope.unitsAt(b.tier()).forEach(u -> domain.add(u.code().value()));
      case YEAR -> {
        for (int y = 0; y < scope.yearCount; y++) {
          domain.add(Integer.toString(scope.firstYear + y));
        }
      }
      case QUARTER -> {
        for (int q = 0; q < scope.yearCount * 4; q++) {
          domain.add((scope.firstYear + q / 4) + "Q" + (q % 4 + 1));
        }
      }
      case ACTIVITY_TYPE -> scope.table.types().forEach(t -> domain.add(t.key()));
      case ORGANISER -> scope.dataset.organizations().forEach(o -> domain.add(o.id().value()));
      case DISAGGREGATION -> {
        String category = b.parameter().orElseThrow();
        TreeSet<String> options = new TreeSet<>();
        scope
            .dataset
            .dataValues()
            .forEach(
                v -> {
                  String option = v.disaggregation().get(category);
                  if (option != null) {
                    options.add(option);
                  }
                });
        domain.addAll(options);
      }
      case UNIT_TYPE -> {
        for (UnitType t : UnitType.values()) {
          domain.add(t.key());
        }
      }
      case TAG -> {
        domain.add("yes");
        domain.add("no");
      }
    }
    return domain;
  }

  /** The cell of activity {@code row} on tree unit {@code t}. */
  int ofRow(int row, int t) {
    int cell = 0;
    for (int d = 0; d < radix.length; d++) {
      cell = cell * radix[d] + rowCode(d, radix[d] - 1, row, t);
    }
    return cell;
  }

  private int rowCode(int d, int none, int row, int t) {
    Breakdown b = dimensions.get(d);
    if (b.dimension() == Breakdown.Dimension.TIER && scope.isRemapped(scope.table.unit(row))) {
      // the level is the tier of the unit the record was filed on, also when the unit ended and
      // its records are counted on a successor of another tier (a district's, on its province):
      // a code's shape gives its tier
      return TIERS.indexOf(scope.gazetteer.codeAt(scope.table.unit(row)).shapeTier());
    }
    int[] byUnit = unitCodes[d];
    if (byUnit != null) {
      return byUnit[t - scope.scopeFrom];
    }
    int day = scope.table.epochDay(row);
    return switch (b.dimension()) {
      case YEAR -> scope.yearIndex(day);
      case QUARTER -> scope.quarterIndex(day);
      case ACTIVITY_TYPE -> scope.table.typeId(row);
      case ORGANISER -> scope.table.organiser(row) < 0 ? none : scope.table.organiser(row);
      case DISAGGREGATION -> none;
      case TAG ->
          scope.tree.unitAt(t).hasTag(b.parameter().orElseThrow(), LocalDate.ofEpochDay(day))
              ? 0
              : 1;
      default -> none;
    };
  }

  /** The cell of data value {@code value} on tree unit {@code t}. */
  int ofValue(DataValue value, int t) {
    int cell = 0;
    for (int d = 0; d < radix.length; d++) {
      int[] byUnit = unitCodes[d];
      Breakdown b = dimensions.get(d);
      int stated = b.dimension() == Breakdown.Dimension.TIER ? statedOrOwnTier(value) : -1;
      cell =
          cell * radix[d]
              + (stated >= 0
                  ? stated
                  : byUnit != null
                      ? byUnit[t - scope.scopeFrom]
                      : valueCode(b, radix[d] - 1, value, t));
    }
    return cell;
  }

  /** The tier a data value states it counts, or else the tier of the unit it was reported on. */
  private static int statedOrOwnTier(DataValue value) {
    int stated = statedTier(value);
    return stated >= 0 ? stated : List.of(Tier.values()).indexOf(value.unit().shapeTier());
  }

  /**
   * The tier a data value states it counts ({@code level=district}: the supervisions of every
   * district-level body, reported as one figure by the province), or -1.
   */
  private static int statedTier(DataValue value) {
    String level = value.disaggregation().get(LEVEL);
    if (level == null) {
      return -1;
    }
    List<Tier> tiers = List.of(Tier.values()); // the order of the breakdown's domain
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).name().toLowerCase(java.util.Locale.ROOT).equals(level)) {
        return i;
      }
    }
    return -1;
  }

  private int valueCode(Breakdown b, int none, DataValue value, int t) {
    LocalDate start = value.period().start();
    LocalDate end = value.period().end();
    return switch (b.dimension()) {
      case YEAR -> {
        int y = scope.calendar.yearOf(start);
        yield y == scope.calendar.yearOf(end) ? y - scope.firstYear : none;
      }
      case QUARTER -> {
        int q = scope.quarterIndex((int) start.toEpochDay());
        yield q == scope.quarterIndex((int) end.toEpochDay()) ? q : none;
      }
      case ACTIVITY_TYPE, ORGANISER -> none;
      case DISAGGREGATION -> {
        String option = value.disaggregation().get(b.parameter().orElseThrow());
        int index = option == null ? -1 : labels.get(dimensions.indexOf(b)).indexOf(option);
        yield index < 0 ? none : index;
      }
      case TAG -> scope.tree.unitAt(t).hasTag(b.parameter().orElseThrow(), end) ? 0 : 1;
      default -> none;
    };
  }

  /** The cell of a subject unit {@code t} (for coverage and compliance figures). */
  int ofUnit(int t) {
    int cell = 0;
    for (int d = 0; d < radix.length; d++) {
      Breakdown b = dimensions.get(d);
      int[] byUnit = unitCodes[d];
      int code =
          byUnit != null
              ? byUnit[t - scope.scopeFrom]
              : b.dimension() == Breakdown.Dimension.TAG
                  ? (scope.tree.unitAt(t).hasTag(b.parameter().orElseThrow(), scope.days.end())
                      ? 0
                      : 1)
                  : radix[d] - 1;
      cell = cell * radix[d] + code;
    }
    return cell;
  }

  /** Per tree index in scope, the code of a dimension that depends on the unit only; else null. */
  private static int @Nullable [] unitCodes(Scope scope, Breakdown b, int none) {
    if (b.dimension() != Breakdown.Dimension.TIER
        && b.dimension() != Breakdown.Dimension.UNIT_TYPE
        && b.dimension() != Breakdown.Dimension.UNIT) {
      return null;
    }
    List<Tier> tiers = List.of(Tier.values());
    List<UnitType> types = List.of(UnitType.values());
    Tier at = b.dimension() == Breakdown.Dimension.UNIT ? b.tier() : Tier.PROVINCE;
    int[] codes = new int[scope.scopeTo - scope.scopeFrom];
    for (int t = scope.scopeFrom; t < scope.scopeTo; t++) {
      AdminUnit unit = scope.tree.unitAt(t);
      int code =
          switch (b.dimension()) {
            case TIER -> tiers.indexOf(unit.tier());
            case UNIT_TYPE -> types.indexOf(unit.type());
            default -> {
              int ancestor = scope.ancestorAt(t, at);
              int position = ancestor < 0 ? -1 : scope.positionAt(ancestor, at);
              yield position < 0 ? none : position;
            }
          };
      codes[t - scope.scopeFrom] = code;
    }
    return codes;
  }

  /** The labels of cell {@code cell}, one per dimension. */
  ImmutableList<String> labels(int cell) {
    String[] out = new String[radix.length];
    int rest = cell;
    for (int d = radix.length - 1; d >= 0; d--) {
      out[d] = labels.get(d).get(rest % radix[d]);
      rest /= radix[d];
    }
    return ImmutableList.copyOf(out);
  }
}
