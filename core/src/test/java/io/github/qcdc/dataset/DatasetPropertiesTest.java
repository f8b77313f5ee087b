package io.github.qcdc.dataset;

import static io.github.qcdc.testing.Failures.problemsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.qcdc.Problem;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.organization.Organization;
import io.github.qcdc.organization.OrganizationId;
import io.github.qcdc.organization.OrganizationKind;
import io.github.qcdc.period.DateInterval;
import io.github.qcdc.period.ReportingPeriod;
import io.github.qcdc.records.Activity;
import io.github.qcdc.records.ActivityType;
import io.github.qcdc.records.DataElement;
import io.github.qcdc.records.DataValue;
import io.github.qcdc.records.Fact;
import io.github.qcdc.records.FactValue;
import io.github.qcdc.records.Subject;
import io.github.qcdc.testing.DatasetInputs;
import io.github.qcdc.testing.Generators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DatasetPropertiesTest {
  private static final LocalDate DAY = LocalDate.of(2018, 3, 1);

  @Test
  void insertionOrderDoesNotChangeTheDataset() {
    qt().withExamples(100)
        .forAll(Generators.datasetInputs(300), Generators.seeds())
        .checkAssert(
            (inputs, seed) -> {
              Dataset original = inputs.build();
              Dataset shuffled = inputs.shuffled(seed).build();
              assertEquals(original, shuffled);
              assertEquals(original.activities().toList(), shuffled.activities().toList());
            });
  }

  @Test
  void everyActivityIsKeptAndRebuiltUnchanged() {
    qt().withExamples(100)
        .forAll(Generators.datasetInputs(300))
        .checkAssert(
            inputs -> {
              Dataset dataset = inputs.build();
              List<Activity> expected = new ArrayList<>(inputs.activities());
              List<Activity> actual = new ArrayList<>(dataset.activities().toList());
              expected.sort(java.util.Comparator.comparing(Activity::id));
              actual.sort(java.util.Comparator.comparing(Activity::id));
              assertEquals(expected, actual);
            });
  }

  @Test
  void rowsOfAUnitAreOneSliceInDayOrder() {
    qt().withExamples(50)
        .forAll(Generators.datasetInputs(300))
        .checkAssert(
            inputs -> {
              ActivityTable table = inputs.build().activities();
              Gazetteer gazetteer = inputs.gazetteer();
              for (int u = 0; u < gazetteer.size(); u++) {
                int from = table.firstRowOfUnit(u);
                int to = table.firstRowOfUnit(u + 1);
                for (int row = from; row < to; row++) {
                  assertEquals(u, table.unit(row));
                  if (row > from) {
                    assertEquals(true, table.epochDay(row - 1) <= table.epochDay(row));
                  }
                }
              }
            });
  }

  @Test
  void builderReportsEveryInjectedFaultOnce() {
    qt().withExamples(100)
        .forAll(Generators.datasetInputs(100), Generators.seeds())
        .checkAssert(
            (inputs, seed) -> {
              SplittableRandom random = new SplittableRandom(seed);
              int k = random.nextInt(1, 11);
              Dataset.Builder builder =
                  Dataset.builder(inputs.gazetteer())
                      .addOrganizations(inputs.organizations())
                      .addActivities(inputs.activities())
                      .addDataValues(inputs.dataValues())
                      .addFacts(inputs.facts());
              List<String> expectedPaths = new ArrayList<>();
              Counts counts = new Counts(inputs);
              for (int i = 0; i < k; i++) {
                Fault fault = Fault.values()[random.nextInt(Fault.values().length)];
                expectedPaths.add(fault.inject(builder, inputs.gazetteer(), "fault-" + i, counts));
              }
              List<String> paths =
                  problemsOf(builder::build).stream().map(Problem::path).sorted().toList();
              assertEquals(expectedPaths.stream().sorted().toList(), paths);
            });
  }

  /** The number of records of each kind added so far, to predict the paths of problems. */
  private static final class Counts {
    int organizations;
    int activities;
    int dataValues;
    int facts;

    Counts(DatasetInputs inputs) {
      organizations = inputs.organizations().size();
      activities = inputs.activities().size();
      dataValues = inputs.dataValues().size();
      facts = inputs.facts().size();
    }
  }

  private enum Fault {
    UNKNOWN_UNIT {
      @Override
      String inject(Dataset.Builder b, Gazetteer g, String id, Counts n) {
        b.add(Activity.of(id, ActivityType.DIALOGUE, "99999", DAY));
        return "activities[" + n.activities++ + "].unit";
      }
    },
    UNIT_NOT_IN_FORCE {
      @Override
      String inject(Dataset.Builder b, Gazetteer g, String id, Counts n) {
        b.add(Activity.of(id, ActivityType.DIALOGUE, lateUnit(g), LocalDate.of(1990, 1, 1)));
        return "activities[" + n.activities++ + "].unit";
      }
    },
    NEGATIVE_QUANTITY {
      @Override
      String inject(Dataset.Builder b, Gazetteer g, String id, Counts n) {
        b.add(
            Activity.builder()
                .from(Activity.of(id, ActivityType.DIALOGUE, province(g), DAY))
                .putQuantities("participants", -1)
                .build());
        return "activities[" + n.activities++ + "].quantities.participants";
      }
    },
    DUPLICATE_ID {
      @Override
      String inject(Dataset.Builder b, Gazetteer g, String id, Counts n) {
        b.add(Activity.of(id, ActivityType.DIALOGUE, province(g), DAY));
        b.add(Activity.of(id, ActivityType.SUPERVISION, province(g), DAY.plusDays(1)));
        n.activities++;
        return "activities[" + n.activities++ + "].id";
      }
    },
    UNKNOWN_ORGANISER {
      @Override
      String inject(Dataset.Builder b, Gazetteer g, String id, Counts n) {
        b.add(
            Activity.builder()
                .from(Activity.of(id, ActivityType.DIALOGUE, province(g), DAY))
                .organiser(OrganizationId.of("missing-" + id))
                .build());
        return "activities[" + n.activities++ + "].organiser";
      }
    },
    NEGATIVE_COUNT {
      @Override
      String inject(Dataset.Builder b, Gazetteer g, String id, Counts n) {
        b.add(DataValue.of(id, DataElement.of(id), province(g), ReportingPeriod.ofYear(2018), -3));
        return "dataValues[" + n.dataValues++ + "].amount";
      }
    },
    AS_OF_OUTSIDE_PERIOD {
      @Override
      String inject(Dataset.Builder b, Gazetteer g, String id, Counts n) {
        b.add(
            DataValue.builder()
                .from(
                    DataValue.of(
                        id, DataElement.of(id), province(g), ReportingPeriod.ofYear(2018), 3))
                .asOf(LocalDate.of(2017, 12, 31))
                .build());
        return "dataValues[" + n.dataValues++ + "].asOf";
      }
    },
    UNKNOWN_FACT_SUBJECT {
      @Override
      String inject(Dataset.Builder b, Gazetteer g, String id, Counts n) {
        b.add(
            Fact.of(
                id,
                Subject.organization(OrganizationId.of("missing-" + id)),
                "has-board",
                FactValue.of(true),
                DateInterval.from(DAY)));
        return "facts[" + n.facts++ + "].subject";
      }
    },
    ORGANIZATION_IN_UNKNOWN_UNIT {
      @Override
      String inject(Dataset.Builder b, Gazetteer g, String id, Counts n) {
        b.add(Organization.of(id, "X", OrganizationKind.ENTERPRISE, "98"));
        return "organizations[" + n.organizations++ + "].unit";
      }
    },
    NEGATIVE_EMPLOYEES {
      @Override
      String inject(Dataset.Builder b, Gazetteer g, String id, Counts n) {
        b.add(
            Organization.builder()
                .from(Organization.of(id, "X", OrganizationKind.ENTERPRISE, province(g)))
                .employees(-2)
                .build());
        return "organizations[" + n.organizations++ + "].employees";
      }
    };

    abstract String inject(Dataset.Builder builder, Gazetteer gazetteer, String id, Counts counts);

    static String province(Gazetteer g) {
      return g.codeAt(0).value();
    }

    /**
     * A unit first in force after 1990 (created by a split or the reform), else an unknown code:
     * either way an activity of 1990 on it is one problem at {@code .unit}.
     */
    static String lateUnit(Gazetteer g) {
      return g.units().stream()
          .filter(u -> g.versions(u.code()).get(0).validity().startIfBounded().isPresent())
          .map(AdminUnit::code)
          .findFirst()
          .map(Object::toString)
          .orElse("99998");
    }
  }
}
