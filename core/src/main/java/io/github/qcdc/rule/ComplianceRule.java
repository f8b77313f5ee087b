package io.github.qcdc.rule;

import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.period.DateInterval;
import java.util.Map;

/**
 * An obligation checked for every subject of a population: "every commune holds at least {@code
 * minDialoguesPerYear} dialogues with the people a year", with its legal basis, the legal regime it
 * belongs to ({@link #validity()}), its severity and its parameters with their defaults.
 *
 * <p>A rule applies to the part of the report period inside its validity; outside it every subject
 * is NOT_APPLICABLE. A subject with no record the condition reads is NO_DATA unless {@link
 * #absenceMeansZero()} says that having no record means a count of zero. Parameters default to the
 * rule's values; a pack may set them ({@link RulePack#withParameter}).
 *
 * <p>Instances are immutable; the {@code with} methods return copies.
 *
 * @param id the id, unique in a pack
 * @param version the rule's version, {@code 1} for the first
 * @param title the title
 * @param legalBasis where the obligation comes from
 * @param validity the days the legal regime is in force
 * @param population who the rule is for
 * @param condition what each subject must satisfy
 * @param severity how serious a failure is
 * @param parameters parameter defaults, by name
 * @param absenceMeansZero whether no record means a count of zero (FAIL) rather than NO_DATA
 * @since 0.1
 */
public record ComplianceRule(
    String id,
    int version,
    Phrase title,
    LegalBasis legalBasis,
    DateInterval validity,
    Population population,
    Condition condition,
    Severity severity,
    ImmutableSortedMap<String, Long> parameters,
    boolean absenceMeansZero) {

  /** How serious a failure is. */
  public enum Severity {
    /** A legal obligation. */
    MANDATORY,
    /** A target or recommended practice. */
    RECOMMENDED
  }

  /** Validates the id, version and parameter names. */
  public ComplianceRule {
    Checks.id("rule id", id);
    if (version < 1) {
      throw new IllegalArgumentException("rule " + id + ": version must be at least 1: " + version);
    }
    parameters.keySet().forEach(name -> Checks.parameter("rule " + id + " parameter", name));
  }

  /** A mandatory rule in force on every day, version 1, without parameters. */
  public static ComplianceRule of(
      String id, Phrase title, LegalBasis basis, Population population, Condition condition) {
    return new ComplianceRule(
        id,
        1,
        title,
        basis,
        DateInterval.always(),
        population,
        condition,
        Severity.MANDATORY,
        ImmutableSortedMap.of(),
        false);
  }

  /** This rule in force during {@code regime}. */
  public ComplianceRule withValidity(DateInterval regime) {
    return new ComplianceRule(
        id,
        version,
        title,
        legalBasis,
        regime,
        population,
        condition,
        severity,
        parameters,
        absenceMeansZero);
  }

  /** This rule with parameter {@code name} defaulting to {@code value}. */
  public ComplianceRule withParameter(String name, long value) {
    Map<String, Long> copy = new java.util.TreeMap<>(parameters);
    copy.put(name, value);
    return new ComplianceRule(
        id,
        version,
        title,
        legalBasis,
        validity,
        population,
        condition,
        severity,
        ImmutableSortedMap.copyOf(copy),
        absenceMeansZero);
  }

  /** This rule at version {@code newVersion}. */
  public ComplianceRule withVersion(int newVersion) {
    return new ComplianceRule(
        id,
        newVersion,
        title,
        legalBasis,
        validity,
        population,
        condition,
        severity,
        parameters,
        absenceMeansZero);
  }

  /** This rule with severity {@code newSeverity}. */
  public ComplianceRule withSeverity(Severity newSeverity) {
    return new ComplianceRule(
        id,
        version,
        title,
        legalBasis,
        validity,
        population,
        condition,
        newSeverity,
        parameters,
        absenceMeansZero);
  }

  /** This rule, reading no record as a count of zero. */
  public ComplianceRule treatingAbsenceAsZero() {
    return new ComplianceRule(
        id,
        version,
        title,
        legalBasis,
        validity,
        population,
        condition,
        severity,
        parameters,
        true);
  }
}
