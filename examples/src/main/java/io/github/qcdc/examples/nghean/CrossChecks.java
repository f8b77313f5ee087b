package io.github.qcdc.examples.nghean;

import com.google.common.collect.ImmutableList;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.report.Figure;
import io.github.qcdc.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks across the seed report's figures, beyond each figure on its own: the organisations under
 * the provincial committee add up, the 2018 count of communes against the 2020 list, and the six
 * district-level units the report names, found in the GSO list.
 */
public final class CrossChecks {
  private static final String[] NEW_RURAL_DISTRICTS = {
    "Vinh", "Nam Đàn", "Thái Hòa", "Yên Thành", "Nghi Lộc", "Hoàng Mai"
  };

  private CrossChecks() {}

  /** The checks, one line each, starting with MATCH, MISMATCH or NOTE. */
  public static ImmutableList<String> of(Report report, Gazetteer gazetteer) {
    List<String> lines = new ArrayList<>();
    long districts = denominator(report, "na-kl120-plans-district");
    long others = denominator(report, "na-kl120-plans-other");
    long stated =
        ((io.github.qcdc.audit.Claim.Count)
                Reproduction.seedClaim("L7:28 đảng bộ trực thuộc").claim())
            .value();
    lines.add(
        (districts + others == stated ? "MATCH    " : "MISMATCH ")
            + "L7, L13: 21/21 huyện ủy + 7/7 đảng ủy = 28 đảng bộ trực thuộc: computed "
            + districts
            + " + "
            + others
            + " = "
            + (districts + others)
            + ", stated "
            + stated);
    long communes = count(report, "na-communes");
    long before =
        ((io.github.qcdc.audit.Claim.Ratio) Reproduction.seedClaim("L17:480/480").claim())
            .denominator();
    lines.add(
        "NOTE     L17, L7: "
            + before
            + " xã in 2018, "
            + communes
            + " in the GSO list of 2020: "
            + (before - communes)
            + " fewer after the 2019-2020 mergers, which the bundled list does not model; the"
            + " 2018 count is kept as reported");
    Province province = Province.of(gazetteer);
    List<String> found = new ArrayList<>();
    for (String name : NEW_RURAL_DISTRICTS) {
      AdminUnit unit = province.district(name);
      found.add(
          name
              + " = "
              + unit.code()
              + " "
              + unit.nameWithType()
              + (unit.name().equals(name) ? "" : " (tone mark placed differently)"));
    }
    lines.add(
        "MATCH    L35: the six new-rural district-level units are in the GSO list: "
            + found
            + "; "
            + figure(report, "na-ntm-districts-share")
                .map(
                    f ->
                        io.github.qcdc.report.FigureText.format(
                            f.value(), f.format(), io.github.qcdc.text.Language.VI))
                .orElse("-"));
    return ImmutableList.copyOf(lines);
  }

  private static long denominator(Report report, String id) {
    return figure(report, id).flatMap(f -> f.explanation().denominator()).orElse(0L);
  }

  private static long count(Report report, String id) {
    return figure(report, id)
        .map(Figure::value)
        .map(v -> v instanceof io.github.qcdc.report.FigureValue.Count c ? c.count() : 0L)
        .orElse(0L);
  }

  private static Optional<Figure> figure(Report report, String id) {
    return report.figure(id);
  }
}
