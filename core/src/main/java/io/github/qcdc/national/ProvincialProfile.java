package io.github.qcdc.national;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.internal.Checks;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.RulePack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A province's layer over the national pack, holding only what differs: parameters it sets (two
 * dialogues a year where the national floor is one), rules it enables that ship disabled, and rules
 * and indicators of its own. {@link #over(RulePack)} gives the combined pack, named {@code
 * vn-qcdc+nghe-an}; the national pack is not copied or changed.
 *
 * <pre>{@code
 * RulePack ngheAn =
 *     ProvincialProfile.of("nghe-an", "2021.1")
 *         .withParameter("provincialDialoguesPerYear", 2)
 *         .enabling("VN-R24")
 *         .over(VietnamPack.pack());
 * }</pre>
 *
 * @param province the province's id, a lower-case key
 * @param version the profile's version
 * @param parameters the parameters it sets, by name
 * @param enabled the ids of the national rules it enables
 * @param rules its own rules
 * @param indicators its own indicators
 * @since 0.1
 */
public record ProvincialProfile(
    String province,
    String version,
    ImmutableSortedMap<String, Long> parameters,
    ImmutableSortedSet<String> enabled,
    ImmutableList<ComplianceRule> rules,
    ImmutableList<Indicator> indicators) {

  /**
   * Validates the province and version.
   *
   * @param province the province's id, a lower-case key
   * @param version the profile's version
   * @param parameters the parameters it sets, by name
   * @param enabled the ids of the national rules it enables
   * @param rules its own rules
   * @param indicators its own indicators
   */
  public ProvincialProfile {
    Checks.key("province", province);
    Checks.text("profile version", version);
  }

  /**
   * {@return an empty profile of {@code province}}
   *
   * @param province the province's id, a lower-case key
   * @param version the profile's version
   */
  public static ProvincialProfile of(String province, String version) {
    return new ProvincialProfile(
        province,
        version,
        ImmutableSortedMap.of(),
        ImmutableSortedSet.of(),
        ImmutableList.of(),
        ImmutableList.of());
  }

  /**
   * {@return this profile setting parameter {@code name} to {@code value}}
   *
   * @param name the parameter's name
   * @param value the province's value
   */
  public ProvincialProfile withParameter(String name, long value) {
    Map<String, Long> copy = new TreeMap<>(parameters);
    copy.put(Checks.parameter("parameter", name), value);
    return new ProvincialProfile(
        province, version, ImmutableSortedMap.copyOf(copy), enabled, rules, indicators);
  }

  /**
   * {@return this profile enabling the national rules {@code ruleIds}}
   *
   * @param ruleIds the national rules' ids
   */
  public ProvincialProfile enabling(String... ruleIds) {
    TreeSet<String> copy = new TreeSet<>(enabled);
    copy.addAll(List.of(ruleIds));
    return new ProvincialProfile(
        province, version, parameters, ImmutableSortedSet.copyOf(copy), rules, indicators);
  }

  /**
   * {@return this profile with rules of its own}
   *
   * @param more the province's own definitions
   */
  public ProvincialProfile with(ComplianceRule... more) {
    List<ComplianceRule> copy = new ArrayList<>(rules);
    copy.addAll(List.of(more));
    return new ProvincialProfile(
        province, version, parameters, enabled, ImmutableList.copyOf(copy), indicators);
  }

  /**
   * {@return this profile with indicators of its own}
   *
   * @param more the province's own definitions
   */
  public ProvincialProfile with(Indicator... more) {
    List<Indicator> copy = new ArrayList<>(indicators);
    copy.addAll(List.of(more));
    return new ProvincialProfile(
        province, version, parameters, enabled, rules, ImmutableList.copyOf(copy));
  }

  /**
   * {@return the pack of {@code national} with this profile over it: id {@code national.id + "+" +
   * province}, version {@code national.version + "+" + version}, the profile's parameters replacing
   * the national ones, its enabled rules enabled, its rules and indicators after the national ones}
   *
   * @param national the national pack
   * @throws IllegalArgumentException if the profile enables a rule {@code national} does not have
   */
  public RulePack over(RulePack national) {
    RulePack pack =
        new RulePack(
            national.id() + "+" + province,
            national.version() + "+" + version,
            national.calendar(),
            national.parameters(),
            national.indicators(),
            national.rules(),
            national.examples());
    pack = pack.enabling(enabled.toArray(String[]::new));
    for (Map.Entry<String, Long> p : parameters.entrySet()) {
      pack = pack.withParameter(p.getKey(), p.getValue());
    }
    return pack.with(rules.toArray(ComplianceRule[]::new))
        .with(indicators.toArray(Indicator[]::new));
  }
}
