package io.github.qcdc.benchmarks;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.io.gso.GsoImport;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.RecordId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic national dataset: the units of the bundled GSO list (the 47 communes whose district
 * is missing left out), {@code villagesPerCommune} villages under every commune, and activities of
 * five types spread uniformly over units and over 2016-2020, drawn from a fixed seed.
 */
final class NationalData {
  static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
  static final LocalDate LAST = LocalDate.of(2020, 12, 31);
  private static final ActivityType[] TYPES = {
    ActivityType.SUPERVISION,
    ActivityType.SOCIAL_CRITIQUE,
    ActivityType.DIALOGUE,
    ActivityType.CITIZEN_RECEPTION,
    ActivityType.COMMUNITY_MEETING
  };

  private NationalData() {}

  static Gazetteer gazetteer(int villagesPerCommune) {
    Gazetteer gso = GsoImport.lenient().readBundledSnapshot().gazetteer();
    List<AdminUnit> units = new ArrayList<>(gso.units());
    for (AdminUnit commune : gso.asOf(FIRST).unitsAt(Tier.COMMUNE)) {
      for (int v = 1; v <= villagesPerCommune; v++) {
        units.add(
            AdminUnit.builder()
                .code(UnitCode.of(commune.code() + "." + v))
                .name("Thôn " + v)
                .type(UnitType.THON)
                .parent(commune.code())
                .build());
      }
    }
    return Gazetteer.of(units);
  }

  static Dataset dataset(Gazetteer gazetteer, int activities, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int units = gazetteer.size();
    long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
    Dataset.Builder builder = Dataset.builder(gazetteer);
    for (int i = 0; i < activities; i++) {
      builder.add(
          Activity.builder()
              .id(RecordId.of("a" + i))
              .type(TYPES[random.nextInt(TYPES.length)])
              .unit(gazetteer.codeAt(random.nextInt(units)))
              .date(FIRST.plusDays(random.nextLong(days)))
              .build());
    }
    return builder.build();
  }
}
