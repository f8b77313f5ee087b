package io.github.qcdc.engine;

import io.github.qcdc.dataset.ActivityTable;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.records.ActivityType;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An activity filter compiled against one evaluation's scope: a test of a row and its tree unit.
 */
@FunctionalInterface
interface RowFilter {
  boolean test(int row, int treeIndex);

  static RowFilter compile(ActivityFilter filter, Scope scope) {
    ActivityTable table = scope.table;
    if (filter instanceof ActivityFilter.Any) {
      return (row, t) -> true;
    } else if (filter instanceof ActivityFilter.OfType f) {
      List<ActivityType> types = table.types();
      boolean[] accepted = new boolean[types.size()];
      for (int i = 0; i < accepted.length; i++) {
        accepted[i] = f.types().contains(types.get(i));
      }
      return (row, t) -> accepted[table.typeId(row)];
    } else if (filter instanceof ActivityFilter.AtTier f) {
      boolean[] accepted = perUnit(scope, u -> f.tiers().contains(u.tier()));
      return (row, t) -> accepted[t];
    } else if (filter instanceof ActivityFilter.AtUnitType f) {
      boolean[] accepted = perUnit(scope, u -> f.types().contains(u.type()));
      return (row, t) -> accepted[t];
    } else if (filter instanceof ActivityFilter.UnitTagged f) {
      return (row, t) ->
          scope.tree.unitAt(t).hasTag(f.tag(), LocalDate.ofEpochDay(table.epochDay(row)));
    } else if (filter instanceof ActivityFilter.OrganisedBy f) {
      return byOrganiser(scope, o -> f.kinds().contains(o.kind()));
    } else if (filter instanceof ActivityFilter.OrganisedById f) {
      return byOrganiser(scope, o -> f.ids().contains(o.id()));
    } else if (filter instanceof ActivityFilter.Attribute f) {
      return (row, t) -> table.attribute(row, f.key()).map(f.value()::equals).orElse(false);
    } else if (filter instanceof ActivityFilter.AllOf f) {
      return all(f.filters().stream().map(p -> compile(p, scope)).toArray(RowFilter[]::new));
    } else if (filter instanceof ActivityFilter.AnyOf f) {
      return any(f.filters().stream().map(p -> compile(p, scope)).toArray(RowFilter[]::new));
    } else if (filter instanceof ActivityFilter.Not f) {
      RowFilter inner = compile(f.filter(), scope);
      return (row, t) -> !inner.test(row, t);
    }
    throw new AssertionError("unknown filter " + filter);
  }

  /** Rows whose organiser {@code accepts}; a row without one is not accepted. */
  private static RowFilter byOrganiser(
      Scope scope, java.util.function.Predicate<Organization> accepts) {
    ActivityTable table = scope.table;
    List<Organization> organizations = scope.dataset.organizations();
    boolean[] accepted = new boolean[organizations.size()];
    for (int i = 0; i < accepted.length; i++) {
      accepted[i] = accepts.test(organizations.get(i));
    }
    return (row, t) -> table.organiser(row) >= 0 && accepted[table.organiser(row)];
  }

  /** Rows every part accepts. */
  private static RowFilter all(RowFilter[] parts) {
    return (row, t) -> {
      for (RowFilter part : parts) {
        if (!part.test(row, t)) {
          return false;
        }
      }
      return true;
    };
  }

  /** Rows some part accepts. */
  private static RowFilter any(RowFilter[] parts) {
    return (row, t) -> {
      for (RowFilter part : parts) {
        if (part.test(row, t)) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * The activity types {@code filter} can match, by type id, or null if it can match any type: a
   * pass reads only the filters a row's type can satisfy.
   */
  static boolean @Nullable [] typeMask(ActivityFilter filter, List<ActivityType> types) {
    if (filter instanceof ActivityFilter.OfType f) {
      boolean[] mask = new boolean[types.size()];
      for (int i = 0; i < mask.length; i++) {
        mask[i] = f.types().contains(types.get(i));
      }
      return mask;
    }
    if (filter instanceof ActivityFilter.AllOf all) {
      boolean[] mask = null;
      for (ActivityFilter part : all.filters()) {
        boolean[] partMask = typeMask(part, types);
        if (partMask != null) {
          if (mask == null) {
            mask = partMask.clone();
          } else {
            for (int i = 0; i < mask.length; i++) {
              mask[i] &= partMask[i];
            }
          }
        }
      }
      return mask;
    }
    return null;
  }

  private static boolean[] perUnit(Scope scope, java.util.function.Predicate<AdminUnit> test) {
    boolean[] accepted = new boolean[scope.tree.size()];
    for (int i = 0; i < accepted.length; i++) {
      accepted[i] = test.test(scope.tree.unitAt(i));
    }
    return accepted;
  }
}
