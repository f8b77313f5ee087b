package io.github.qcdc.examples.nghean;

import io.github.qcdc.indicator.ActivityFilter;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.FactFilter;
import io.github.qcdc.indicator.FigureFormat;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.indicator.Measure;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;

/** The pieces {@link NgheAnPack}'s indicators are built from. */
final class PackParts {
  private PackParts() {}

  static Indicator counted(
      String id, ActivityFilter activities, String element, String vi, String en, String noun) {
    return Indicator.measure(id, Measure.sumOf(Measure.count(activities), values(element)))
        .withTitle(vi, en)
        .withFormat(FigureFormat.counting(noun, "events"));
  }

  static Indicator reported(String id, String element, String vi, String en, String noun) {
    return Indicator.measure(id, values(element))
        .withTitle(vi, en)
        .withFormat(FigureFormat.counting(noun, en.toLowerCase(java.util.Locale.ROOT)));
  }

  static Indicator ratio(String id, Measure numerator, Measure denominator) {
    return Indicator.ratio(id, numerator, denominator)
        .onZeroDenominator(Indicator.ZeroDenominator.UNDEFINED);
  }

  static Indicator grassroots(String id, OrganizationKind kind) {
    return Indicator.measure(id, grassrootsMeasure(kind))
        .withTitle(kind.vietnamese(), kind.key())
        .withFormat(FigureFormat.counting(kind.vietnamese(), kind.key()));
  }

  static Measure grassrootsMeasure(OrganizationKind kind) {
    return Measure.sumOf(Measure.subjects(Population.organizations(kind)), values(kind.key()));
  }

  static Population committees(String group) {
    return Population.organizations(OrganizationKind.PARTY_COMMITTEE)
        .withAttribute(NgheAnPack.UNDER, NgheAnPack.PROVINCIAL_COMMITTEE)
        .withAttribute(NgheAnPack.GROUP, group);
  }

  static ActivityFilter communeLeaderDialogue() {
    return ActivityFilter.allOf(
        type(ActivityType.DIALOGUE), ActivityFilter.attribute("with", "commune-leaders"));
  }

  static ActivityFilter frontAnd(ActivityType activity) {
    return ActivityFilter.allOf(
        type(activity),
        ActivityFilter.organisedBy(
            OrganizationKind.FATHERLAND_FRONT, OrganizationKind.MASS_ORGANIZATION));
  }

  static ActivityFilter steering(ActivityType activity) {
    return organisedBy(activity, OrganizationKind.STEERING_COMMITTEE);
  }

  static ActivityFilter organisedBy(ActivityType activity, OrganizationKind kind) {
    return ActivityFilter.allOf(type(activity), ActivityFilter.organisedBy(kind));
  }

  static ActivityFilter type(ActivityType activity) {
    return ActivityFilter.type(activity);
  }

  static Measure values(String element) {
    return Measure.dataValues(DataElement.of(element));
  }

  static Condition hasFact(String key) {
    return Condition.hasFact(FactFilter.of(key));
  }

  static FactFilter newRural() {
    return FactFilter.of("new-rural-standard");
  }
}
