package io.github.qcdc.dataset;

import io.github.qcdc.Problem;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.Subject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The checks of organisations, data values and facts against each other and the gazetteer. */
final class DatasetChecks {
  private final Gazetteer gazetteer;
  private final ProblemList problems;

  DatasetChecks(Gazetteer gazetteer, ProblemList problems) {
    this.gazetteer = gazetteer;
    this.problems = problems;
  }

  void organizations(List<Organization> organizations) {
    Map<OrganizationId, Integer> first =
        duplicates(organizations, Organization::id, "organizations", "organization id");
    for (int i = 0; i < organizations.size(); i++) {
      Organization o = organizations.get(i);
      Problem.Item path = Problem.Item.of("organizations", i, "");
      unitInForce(path.withField("unit"), "organization " + o.id(), o.unit(), o.validity(), false);
      if (o.parent().isPresent() && !first.containsKey(o.parent().get())) {
        problems.add(
            path.withField("parent"),
            "organization %s: unknown parent organization %s",
            o.id(),
            o.parent().get());
      }
      if (o.employees().isPresent() && o.employees().getAsLong() < 0) {
        problems.add(
            path.withField("employees"),
            "organization %s: employees must not be negative: %s",
            o.id(),
            o.employees().getAsLong());
      }
    }
    organizationCycles(organizations, first);
  }

  private void organizationCycles(
      List<Organization> organizations, Map<OrganizationId, Integer> first) {
    for (int i = 0; i < organizations.size(); i++) {
      List<OrganizationId> chain = new ArrayList<>();
      Organization current = organizations.get(i);
      OrganizationId start = current.id();
      while (!chain.contains(current.id())) {
        chain.add(current.id());
        Integer parent = current.parent().map(first::get).orElse(null);
        if (parent == null) {
          break;
        }
        current = organizations.get(parent);
      }
      if (current.id().equals(start)
          && chain.size() > 1
          && Integer.valueOf(i).equals(first.get(start))
          && start.equals(java.util.Collections.min(chain))) {
        chain.add(start);
        problems.add(
            Problem.Item.of("organizations", i, "parent"),
            "organization hierarchy cycle %s",
            chain);
      }
    }
  }

  void dataValues(List<DataValue> values) {
    duplicates(values, DataValue::id, "dataValues", "data value id");
    Map<String, Integer> keys = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      DataValue v = values.get(i);
      Problem.Item path = Problem.Item.of("dataValues", i, "");
      Integer earlier = keys.putIfAbsent(v.key(), i);
      if (earlier != null) {
        problems.add(
            path,
            "data value %s has the same element, unit, period and disaggregation as dataValues[%s]"
                + " (%s)",
            v.id(),
            earlier,
            v.key());
      }
      unitInForce(
          path.withField("unit"),
          "data value " + v.id(),
          v.unit(),
          v.period().toDateInterval(),
          true);
      if (v.amount().value().signum() < 0) {
        problems.add(
            path.withField("amount"),
            "data value %s: amount must not be negative: %s",
            v.id(),
            v.amount());
      }
      if (v.asOf().isPresent() && !v.period().contains(v.asOf().get())) {
        problems.add(
            path.withField("asOf"),
            "data value %s: as-of day %s is outside its period %s (%s)",
            v.id(),
            v.asOf().get(),
            v.period(),
            v.period().toDateInterval());
      }
    }
  }

  void facts(List<Fact> facts, Map<OrganizationId, Organization> organizations) {
    duplicates(facts, Fact::id, "facts", "fact id");
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      Problem.Item path = Problem.Item.of("facts", i, "subject");
      Subject subject = f.subject();
      if (subject.kind() == Subject.Kind.UNIT) {
        unitInForce(path, "fact " + f.id(), UnitCode.of(subject.id()), f.validity(), false);
        continue;
      }
      Organization o = organizations.get(OrganizationId.of(subject.id()));
      if (o == null) {
        problems.add(path, "fact %s: unknown organization %s", f.id(), subject.id());
      } else if (!covers(o.validity(), f.validity(), false)) {
        problems.add(
            path,
            "fact %s: organization %s is in force %s, not during %s",
            f.id(),
            subject.id(),
            o.validity(),
            f.validity());
      }
    }
  }

  /**
   * Checks that {@code code} exists and is in force on the first day of {@code during} or, when
   * {@code anyDay} is set or that day is unbounded, on some day of it.
   */
  private void unitInForce(
      Problem.Item path, String owner, UnitCode code, DateInterval during, boolean anyDay) {
    List<AdminUnit> versions = gazetteer.versions(code);
    if (versions.isEmpty()) {
      problems.add(path, "%s: unknown unit %s", owner, code);
      return;
    }
    DateInterval span = ActivityTableBuilder.span(versions);
    if (!covers(span, during, anyDay)) {
      problems.add(
          path,
          "%s: unit %s is in force %s, not %s",
          owner,
          code,
          span,
          (anyDay || during.startIfBounded().isEmpty())
              ? "on any day of " + during
              : "on " + during.start());
    }
  }

  private static boolean covers(DateInterval span, DateInterval during, boolean anyDay) {
    return (anyDay || during.startIfBounded().isEmpty())
        ? span.overlaps(during)
        : span.contains(during.start());
  }

  private <T, K> Map<K, Integer> duplicates(
      List<T> items, Function<T, K> id, String list, String what) {
    Map<K, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      K key = id.apply(items.get(i));
      Integer earlier = first.putIfAbsent(key, i);
      if (earlier != null) {
        problems.add(
            Problem.Item.of(list, i, "id"),
            "duplicate %s %s, first used at %s[%s]",
            what,
            key,
            list,
            earlier);
      }
    }
    return first;
  }
}
