package io.github.qcdc.rule;

import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.indicator.Condition;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.indicator.Population;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.internal.QcdcStyle;
import io.github.qcdc.period.DateInterval;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

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
 * <p>A rule may be {@linkplain #disabledBecause() disabled} with the reason (a legal basis not yet
 * verified, say): a pack then evaluates it as NOT_APPLICABLE for every subject until a province
 * enables it ({@link RulePack#enabling}). Its {@link #confidence()} says how sure its legal basis
 * is.
 *
 * <p>Instances are immutable; the {@code with} methods return copies.
 *
 * @since 0.1
 */
@Value.Immutable
@QcdcStyle
public abstract class ComplianceRule {

  ComplianceRule() {}

  /** How serious a failure is. */
  public enum Severity {
    /** A legal obligation. */
    MANDATORY,
    /** A target or recommended practice. */
    RECOMMENDED
  }

  /**
   * {@return a mandatory rule in force on every day, version 1, without parameters}
   *
   * @param id the rule's id, unique in a pack
   * @param title its title in Vietnamese and English
   * @param basis where the obligation comes from
   * @param population who the rule is for
   * @param condition what each subject must satisfy
   */
  public static ComplianceRule of(
      String id, Phrase title, LegalBasis basis, Population population, Condition condition) {
    return ImmutableComplianceRule.builder()
        .id(id)
        .title(title)
        .legalBasis(basis)
        .population(population)
        .condition(condition)
        .build();
  }

  /** {@return the id, unique in a pack} */
  public abstract String id();

  /** {@return the rule's version, {@code 1} for the first} */
  @Value.Default
  public int version() {
    return 1;
  }

  /** {@return the title} */
  public abstract Phrase title();

  /** {@return where the obligation comes from} */
  public abstract LegalBasis legalBasis();

  /** {@return the days the legal regime is in force; every day unless set} */
  @Value.Default
  public DateInterval validity() {
    return DateInterval.always();
  }

  /** {@return who the rule is for} */
  public abstract Population population();

  /** {@return what each subject must satisfy} */
  public abstract Condition condition();

  /** {@return how serious a failure is; mandatory unless set} */
  @Value.Default
  public Severity severity() {
    return Severity.MANDATORY;
  }

  /** {@return parameter defaults, by name} */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, Long> parameters();

  /**
   * {@return whether no record means a count of zero (FAIL) rather than NO_DATA; false unless set}
   */
  @Value.Default
  public boolean absenceMeansZero() {
    return false;
  }

  /** {@return what the rule checks, in more words than its title, if stated} */
  public abstract Optional<Phrase> description();

  /** {@return how sure the legal basis is, if stated} */
  public abstract Optional<Confidence> confidence();

  /** {@return why the rule is disabled; empty if it is enabled} */
  public abstract Optional<String> disabledBecause();

  /**
   * {@return what the rule checks in the law: its content category and setting, if stated}
   *
   * @since 0.2
   */
  public abstract Optional<io.github.qcdc.indicator.Topic> topic();

  /**
   * {@return this rule about {@code newTopic}}
   *
   * @param newTopic what the rule checks in the law
   * @since 0.2
   */
  public abstract ComplianceRule withTopic(io.github.qcdc.indicator.Topic newTopic);

  /**
   * {@return the last day on which the legal basis was checked against the texts in force, when
   * that is before the end of the rule's regime: a law amended or a reform after that day may have
   * changed what the rule checks, so its verdicts on later days rest on a basis not verified, and a
   * report whose period reaches past this day says so} Empty when the basis is verified for the
   * whole regime.
   *
   * @since 0.2
   */
  public abstract Optional<LocalDate> verifiedUntil();

  /**
   * {@return whether the basis is verified for every day of {@code days} the rule applies on: no
   * day of {@code days} falls after {@link #verifiedUntil()}}
   *
   * @param days the days the rule applies on in a report
   * @since 0.2
   */
  public final boolean isVerifiedThrough(DateInterval days) {
    return verifiedUntil().map(last -> !days.end().isAfter(last)).orElse(true);
  }

  /**
   * {@return this rule with its legal basis verified up to {@code lastDay} only}
   *
   * @param lastDay the last day the basis was checked against the texts in force
   * @since 0.2
   */
  public abstract ComplianceRule withVerifiedUntil(LocalDate lastDay);

  /** {@return whether the rule is evaluated} */
  public final boolean isEnabled() {
    return disabledBecause().isEmpty();
  }

  /**
   * {@return this rule with description {@code vi} / {@code en}}
   *
   * @param vi the description in Vietnamese
   * @param en the description in English
   */
  public ComplianceRule withDescription(String vi, String en) {
    return ImmutableComplianceRule.copyOf(this).withDescription(Phrase.of(vi, en));
  }

  /**
   * {@return this rule with its basis's confidence {@code level}}
   *
   * @param level how sure the legal basis is
   */
  public ComplianceRule withConfidence(Confidence level) {
    return ImmutableComplianceRule.copyOf(this).withConfidence(level);
  }

  /**
   * {@return this rule, disabled for {@code reason}}
   *
   * @param reason why, as reports and the catalogue say it
   */
  public ComplianceRule disabled(String reason) {
    return ImmutableComplianceRule.copyOf(this)
        .withDisabledBecause(Checks.text("rule " + id() + " disabled reason", reason));
  }

  /** {@return this rule, enabled} */
  public ComplianceRule enabled() {
    return ImmutableComplianceRule.copyOf(this).withDisabledBecause(Optional.empty());
  }

  /**
   * {@return this rule in force during {@code regime}}
   *
   * @param regime the days the legal regime is in force
   */
  public abstract ComplianceRule withValidity(DateInterval regime);

  /**
   * {@return this rule at version {@code newVersion}}
   *
   * @param newVersion the version, from 1
   */
  public abstract ComplianceRule withVersion(int newVersion);

  /**
   * {@return this rule with severity {@code newSeverity}}
   *
   * @param newSeverity how serious a failure is
   */
  public abstract ComplianceRule withSeverity(Severity newSeverity);

  /**
   * {@return this rule, reading no record as a count of zero when {@code zero} is true}
   *
   * @param zero whether no record counts as zero (FAIL) rather than NO_DATA
   */
  public abstract ComplianceRule withAbsenceMeansZero(boolean zero);

  /**
   * {@return this rule with parameter {@code name} defaulting to {@code value}}
   *
   * @param name the parameter's name
   * @param value its default value
   */
  public ComplianceRule withParameter(String name, long value) {
    Map<String, Long> copy = new TreeMap<>(parameters());
    copy.put(name, value);
    return ImmutableComplianceRule.copyOf(this).withParameters(copy);
  }

  /** {@return this rule, reading no record as a count of zero} */
  public ComplianceRule treatingAbsenceAsZero() {
    return withAbsenceMeansZero(true);
  }

  @Value.Check
  void check() {
    Checks.id("rule id", id());
    if (version() < 1) {
      throw new IllegalArgumentException(
          "rule " + id() + ": version must be at least 1: " + version());
    }
    parameters().keySet().forEach(name -> Checks.parameter("rule " + id() + " parameter", name));
  }
}
