package io.github.qcdc.national;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.qcdc.indicator.Phrase;
import io.github.qcdc.rule.Confidence;
import io.github.qcdc.rule.RulePack;
import java.util.Optional;

/**
 * The built-in Vietnamese pack ({@value #ID}): the countable obligations of the law on grassroots
 * democracy as compliance rules (VN-R01 to VN-R25, a rule split by legal regime where the law
 * changed: {@code VN-R05} and {@code VN-R05.ND159}), and the indicators of reporting practice
 * (VN-I01 to VN-I08), each with its legal basis, regime, parameters with national defaults,
 * confidence, and worked examples.
 *
 * <p>Rules on a basis the domain notes mark inferred or unverified, and rules the algebra can only
 * approximate, ship disabled with the reason; a province enables them in its {@link
 * ProvincialProfile}. VN-I07, the consistency of "x/y, đạt z%", is the audit's ({@code
 * Audit.consistency}), not an indicator over records; it is listed in {@link #catalogue()}.
 *
 * <p>The pack is built once and is immutable.
 *
 * @since 0.1
 */
public final class VietnamPack {
  /** The pack's id. */
  public static final String ID = "vn-qcdc";

  /** The pack's name in configuration and on the command line: {@code vn}. */
  public static final String NAME = "vn";

  /** The pack's version. */
  public static final String VERSION = "2026.3";

  private static final RulePack PACK = build();

  private VietnamPack() {}

  /** {@return the national pack, with its worked examples} */
  public static RulePack pack() {
    return PACK;
  }

  /**
   * {@return the pack {@code name} names: {@code vn} the national pack, {@code vn+nghe-an} the
   * national pack with the provincial profile {@code nghe-an} over it} The profile is one a jar on
   * the module or class path publishes ({@link ProfileProvider}); {@link #profiles()} lists them.
   *
   * @param name {@code vn}, or {@code vn+} and a province's profile name
   * @throws IllegalArgumentException naming {@code name} and the profiles there are, when it is
   *     neither
   */
  public static RulePack named(String name) {
    if (name.equals(NAME)) {
      return PACK;
    }
    ImmutableSortedMap<String, ProvincialProfile> profiles = profiles();
    if (name.startsWith(NAME + "+")) {
      ProvincialProfile profile = profiles.get(name.substring(NAME.length() + 1));
      if (profile != null) {
        return profile.over(PACK);
      }
    }
    throw new IllegalArgumentException(
        "no pack '"
            + name
            + "': name the national pack, "
            + NAME
            + ", or it with a provincial profile, "
            + NAME
            + "+PROVINCE; the profiles on the class path are "
            + profiles.keySet());
  }

  /**
   * {@return the provincial profiles the jars on the module or class path publish ({@link
   * ProfileProvider}), by province}
   *
   * @throws IllegalStateException if two publish a profile of the same province
   */
  public static ImmutableSortedMap<String, ProvincialProfile> profiles() {
    java.util.TreeMap<String, ProvincialProfile> found = new java.util.TreeMap<>();
    for (ProfileProvider provider : java.util.ServiceLoader.load(ProfileProvider.class)) {
      ProvincialProfile profile = provider.profile();
      ProvincialProfile earlier = found.putIfAbsent(profile.province(), profile);
      if (earlier != null) {
        throw new IllegalStateException(
            "two provincial profiles of "
                + profile.province()
                + " on the class path: versions "
                + earlier.version()
                + " and "
                + profile.version());
      }
    }
    return ImmutableSortedMap.copyOfSorted(found);
  }

  /**
   * What the catalogue says of an indicator beyond its definition: its description, basis and
   * confidence; VN-I07 is listed though it is the audit's.
   *
   * @param id the indicator's id
   * @param description what it is for
   * @param basis where it comes from
   * @param confidence how sure the basis is
   */
  public record IndicatorEntry(
      String id, Phrase description, String basis, Confidence confidence) {}

  /** {@return the catalogue entries of the indicators, VN-I01 to VN-I08} */
  public static ImmutableList<IndicatorEntry> catalogue() {
    ImmutableList.Builder<IndicatorEntry> entries = ImmutableList.builder();
    NationalIndicators.entries()
        .forEach(
            (id, e) ->
                entries.add(new IndicatorEntry(id, e.description(), e.basis(), e.confidence())));
    return entries.build();
  }

  /**
   * {@return the catalogue entry of indicator {@code id}, if the pack has one}
   *
   * @param id the indicator's id
   */
  public static Optional<IndicatorEntry> entry(String id) {
    ImmutableMap<String, NationalIndicators.Entry> entries = NationalIndicators.entries();
    NationalIndicators.Entry e = entries.get(id);
    return e == null
        ? Optional.empty()
        : Optional.of(new IndicatorEntry(id, e.description(), e.basis(), e.confidence()));
  }

  private static RulePack build() {
    RulePack pack = RulePack.of(ID, VERSION);
    pack = pack.with(NationalTopics.rules(CommuneRules.all()));
    pack = pack.with(NationalTopics.rules(WorkplaceRules.all()));
    pack = pack.with(NationalTopics.rules(CommunityRules.all()));
    pack = pack.with(NationalTopics.indicators(NationalIndicators.all()));
    return pack.withExamples(
        NationalExamples.all().toArray(io.github.qcdc.rule.RuleExample[]::new));
  }
}
