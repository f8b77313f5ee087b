package io.github.qcdc.engine;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.Organization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The subjects of a population in one evaluation: the units of a tier (on a day, or during the
 * period) or the organisations it selects, those it excludes with their reasons, and which subject
 * a record counts for, by the unit on the report's tree or the organiser. A rule's plan, a coverage
 * and a count of subjects read the same subjects from here.
 */
final class PopulationSubjects {
  /**
   * A subject: a unit or an organisation, its tree index, and what names it; its name and the key
   * facts name it by ({@code unit:40}) are written only when asked for, since a verdict's name is
   * read only when its evidence is.
   *
   * @param id the unit code or organisation id
   * @param treeIndex the index of its unit on the report's tree, or -1
   * @param source the unit or the organisation
   */
  record Subject(String id, int treeIndex, Object source) {
    /** The name: the unit's with its type, the organisation's. */
    String name() {
      return source instanceof AdminUnit unit
          ? unit.nameWithType()
          : ((Organization) source).name();
    }

    /** How facts name the subject: {@code unit:40}, {@code organization:mttq-40}. */
    String key() {
      return (source instanceof AdminUnit ? "unit:" : "organization:") + id;
    }
  }

  /**
   * The subjects of a population of units, those it excludes, and per report tree unit the subject
   * it counts for: the same for every rule of an evaluation with that population, so computed once
   * ({@link Scope#unitSubjects}).
   */
  static final class UnitSubjects {
    private final ImmutableList<Subject> subjects;
    private final ImmutableList<Population.Exclusion> excluded;
    private final int[] subjectOfTree;
    private final @Nullable Spans spans;

    UnitSubjects(
        ImmutableList<Subject> subjects,
        ImmutableList<Population.Exclusion> excluded,
        int[] subjectOfTree) {
      this(subjects, excluded, subjectOfTree, null);
    }

    UnitSubjects(
        ImmutableList<Subject> subjects,
        ImmutableList<Population.Exclusion> excluded,
        int[] subjectOfTree,
        @Nullable Spans spans) {
      this.subjects = subjects;
      this.excluded = excluded;
      this.subjectOfTree = subjectOfTree;
      this.spans = spans;
    }

    /** The spans of a population taken during the period; null for one taken on a day. */
    @Nullable Spans spans() {
      return spans;
    }

    ImmutableList<Subject> subjects() {
      return subjects;
    }

    ImmutableList<Population.Exclusion> excluded() {
      return excluded;
    }

    /** Per report tree unit, the subject it counts for, or -1; shared, not to be written. */
    int[] subjectOfTree() {
      return subjectOfTree;
    }
  }

  /**
   * The days of a population taken during the period ({@link DuringSubjects}): per gazetteer unit,
   * flattened (first day, last day, subject) triples, null for a unit whose records count for no
   * subject; per subject, its first and last day in the period.
   *
   * @param segments per canonical unit, its spans, or null
   * @param firstDay per subject, its first epoch day in the period
   * @param lastDay per subject, its last epoch day in the period
   */
  record Spans(int[] @Nullable [] segments, int[] firstDay, int[] lastDay) {
    /** The subject unit {@code canonical}'s record of epoch day {@code day} counts for, or -1. */
    int subjectOn(int canonical, int day) {
      int[] spans = segments[canonical];
      if (spans != null) {
        for (int i = 0; i < spans.length; i += 3) {
          if (day >= spans[i] && day <= spans[i + 1]) {
            return spans[i + 2];
          }
        }
      }
      return -1;
    }
  }

  final Population population;
  final Scope scope;
  final LocalDate referenceDay;
  final ImmutableList<Subject> subjects;
  final ImmutableList<Population.Exclusion> excluded;
  final boolean organizations;

  /** Per report tree unit, the subject it counts for, or -1; shared, not to be written. */
  final int[] subjectOfTree;

  /** The spans of a population taken during the period; null for one taken on a day. */
  final @Nullable Spans spans;

  /** Per organisation of the dataset, the subject it is, or -1. */
  final int[] subjectOfOrganization;

  PopulationSubjects(Population population, Scope scope) {
    this.population = population;
    this.scope = scope;
    this.referenceDay = population.reference().resolve(scope.days.start(), scope.days.end());
    this.subjectOfOrganization = new int[scope.dataset.organizations().size()];
    Arrays.fill(subjectOfOrganization, -1);
    List<Subject> found = new ArrayList<>();
    List<Population.Exclusion> left = new ArrayList<>();
    Map<String, Population.Exclusion> exclusions = new HashMap<>();
    population.exclusions().forEach(e -> exclusions.put(e.id(), e));
    Population.Subjects kind = population.subjects();
    if (kind instanceof Population.Units units) {
      UnitSubjects shared =
          scope.unitSubjects(
              List.of(units, population.exclusions(), referenceDay, population.reference().kind()),
              () -> unitSubjects(units, exclusions));
      found.addAll(shared.subjects());
      left.addAll(shared.excluded());
      this.subjectOfTree = shared.subjectOfTree();
      this.spans = shared.spans();
    } else {
      this.subjectOfTree = new int[scope.scopeTo - scope.scopeFrom];
      this.spans = null;
      Arrays.fill(subjectOfTree, -1);
      if (kind instanceof Population.Organizations selected) {
        organizationSubjects(selected, exclusions, found, left);
      }
    }
    this.subjects = ImmutableList.copyOf(found);
    this.organizations = kind instanceof Population.Organizations;
    this.excluded = ImmutableList.copyOf(left);
  }

  private UnitSubjects unitSubjects(
      Population.Units units, Map<String, Population.Exclusion> exclusions) {
    if (population.reference().kind() == Population.Reference.Kind.DURING) {
      return DuringSubjects.of(units, exclusions, scope);
    }
    List<Subject> found = new ArrayList<>();
    List<Population.Exclusion> left = new ArrayList<>();
    int[] subjectOfTree = new int[scope.scopeTo - scope.scopeFrom];
    Arrays.fill(subjectOfTree, -1);
    AdminTree on =
        referenceDay.equals(scope.tree.date()) ? scope.tree : scope.gazetteer.asOf(referenceDay);
    int from = 0;
    int to = on.size();
    if (scope.scopeCode.isPresent()) {
      OptionalInt root = on.index(scope.scopeCode.get());
      if (root.isEmpty()) {
        return new UnitSubjects(ImmutableList.of(), ImmutableList.of(), subjectOfTree);
      }
      from = root.getAsInt();
      to = on.subtreeEnd(from);
    }
    int[] subjectOfReportUnit = new int[scope.scopeTo - scope.scopeFrom];
    Arrays.fill(subjectOfReportUnit, -1);
    for (int i = from; i < to; i++) {
      AdminUnit unit = on.unitAt(i);
      boolean selected =
          unit.tier() == units.tier()
              && (units.types().isEmpty() || units.types().contains(unit.type()))
              && units.tag().map(tag -> unit.hasTag(tag, referenceDay)).orElse(true);
      if (!selected) {
        continue;
      }
      Population.Exclusion exclusion = exclusions.get(unit.code().value());
      if (exclusion != null) {
        left.add(exclusion);
        continue;
      }
      int t = on == scope.tree ? i : scope.tree.index(unit.code()).orElse(-1);
      if (scope.inScope(t)) {
        subjectOfReportUnit[t - scope.scopeFrom] = found.size();
      }
      found.add(new Subject(unit.code().value(), t, unit));
    }
    for (int t = scope.scopeFrom; t < scope.scopeTo; t++) {
      int ancestor = scope.ancestorAt(t, units.tier());
      if (scope.inScope(ancestor)) {
        subjectOfTree[t - scope.scopeFrom] = subjectOfReportUnit[ancestor - scope.scopeFrom];
      }
    }
    return new UnitSubjects(ImmutableList.copyOf(found), ImmutableList.copyOf(left), subjectOfTree);
  }

  private void organizationSubjects(
      Population.Organizations kinds,
      Map<String, Population.Exclusion> exclusions,
      List<Subject> found,
      List<Population.Exclusion> left) {
    List<Organization> all = scope.dataset.organizations();
    Gazetteer gazetteer = scope.gazetteer;
    for (int o = 0; o < all.size(); o++) {
      Organization org = all.get(o);
      int t = scope.treeIndex(gazetteer.indexOf(org.unit()));
      boolean selected =
          kinds.includes(org)
              && org.validity().contains(referenceDay)
              && t >= 0
              && scope.inScope(t);
      if (!selected) {
        continue;
      }
      Population.Exclusion exclusion = exclusions.get(org.id().value());
      if (exclusion != null) {
        left.add(exclusion);
        continue;
      }
      subjectOfOrganization[o] = found.size();
      found.add(new Subject(org.id().value(), t, org));
    }
  }
}
