package io.github.qcdc.benchmarks;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.geo.UnitType;
import io.github.qcdc.io.gso.GsoImport;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.RecordId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** The five activity types the synthetic records use. */
  static ActivityType[] types() {
    return TYPES.clone();
  }

  static Dataset dataset(Gazetteer gazetteer, int activities, long seed) {
    return dataset(gazetteer, activities, 0, seed);
  }

  /**
   * Activities as a province keeps them: in random order, each with a 9-character id ({@code HD}
   * and 7 digits, not in row order), an organiser (the Fatherland Front committee of one of the
   * communes of 2016, drawn at random) and a quantity {@code participants} of 5 to 204; the
   * organisations are in the dataset.
   */
  static Dataset realistic(Gazetteer gazetteer, int activities, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<AdminUnit> communes = gazetteer.asOf(FIRST).unitsAt(Tier.COMMUNE);
    Dataset.Builder builder = Dataset.builder(gazetteer);
    List<OrganizationId> organisers = new ArrayList<>(communes.size());
    for (AdminUnit commune : communes) {
      Organization front =
          Organization.of(
              "MT" + commune.code().value(),
              "Ủy ban MTTQ " + commune.name(),
              OrganizationKind.FATHERLAND_FRONT,
              commune.code().value());
      builder.add(front);
      organisers.add(front.id());
    }
    int[] ids = shuffledIds(activities, random);
    int units = gazetteer.size();
    long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
    for (int i = 0; i < activities; i++) {
      builder.add(
          Activity.builder()
              .id(RecordId.of(String.format(Locale.ROOT, "HD%07d", ids[i])))
              .type(TYPES[random.nextInt(TYPES.length)])
              .unit(gazetteer.codeAt(random.nextInt(units)))
              .date(FIRST.plusDays(random.nextLong(days)))
              .organiser(organisers.get(random.nextInt(organisers.size())))
              .putQuantities("participants", 5L + random.nextInt(200))
              .build());
    }
    return builder.build();
  }

  /** The numbers 0 to {@code n - 1} in random order. */
  private static int[] shuffledIds(int n, SplittableRandom random) {
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = ids[i];
      ids[i] = ids[j];
      ids[j] = t;
    }
    return ids;
  }

  /**
   * A dataset of {@code activities} activities and, when {@code withValues} is set, two yearly data
   * values ({@code supervisions}, {@code meetings}) for every village of 2016-2020.
   */
  static Dataset dataset(Gazetteer gazetteer, int activities, int valueElements, long seed) {
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
    String[] elements = {"supervisions", "meetings", "dialogues", "critiques"};
    int n = 0;
    for (int u = 0; u < units && valueElements > 0; u++) {
      UnitCode code = gazetteer.codeAt(u);
      if (code.shapeTier() != Tier.VILLAGE) {
        continue;
      }
      for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
        for (int e = 0; e < valueElements; e++) {
          builder.add(
              DataValue.of(
                  "v" + n++,
                  DataElement.of(elements[e]),
                  code.value(),
                  ReportingPeriod.ofYear(year),
                  random.nextInt(20)));
        }
      }
    }
    return builder.build();
  }
}
