package io.github.qcdc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.SuccessionKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

  @Test
  void sameSeedGivesTheSameSamples() {
    assertEquals(new DomainSamples(42).gazetteer(), new DomainSamples(42).gazetteer());
    assertEquals(
        new DomainSamples(7).datasetInputs(50).build(),
        new DomainSamples(7).datasetInputs(50).build());
  }

  @Test
  void gazetteersExerciseEveryKindOfHistoryTheyPromise() {
    Set<SuccessionKind> seen = EnumSet.noneOf(SuccessionKind.class);
    for (long seed = 0; seed < 50; seed++) {
      Gazetteer gazetteer = new DomainSamples(seed).gazetteer();
      gazetteer.successions().forEach(s -> seen.add(s.kind()));
    }
    assertEquals(
        EnumSet.of(
            SuccessionKind.MERGE,
            SuccessionKind.SPLIT,
            SuccessionKind.REPARENT,
            SuccessionKind.TIER_REMOVAL,
            SuccessionKind.ARRANGEMENT,
            SuccessionKind.UNRECORDED),
        seen);
  }

  @Test
  void standaloneSamplesExerciseTheirOptionalFields() {
    DomainSamples samples = new DomainSamples(11);
    List<io.github.qcdc.records.DataValue> values = new ArrayList<>();
    List<io.github.qcdc.organization.Organization> organizations = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      values.add(samples.dataValue());
      organizations.add(samples.organization());
    }
    assertTrue(values.stream().anyMatch(v -> !v.amount().applicable()));
    assertTrue(
        values.stream().anyMatch(v -> v.asOf().isPresent() && !v.disaggregation().isEmpty()));
    assertTrue(
        organizations.stream().anyMatch(o -> o.employees().isPresent() && o.parent().isPresent()));
    assertTrue(
        java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> samples.fact().value().getClass())
                .distinct()
                .count()
            == 3);
  }

  @Test
  void datasetInputsHaveEveryKindOfRecord() {
    DatasetInputs inputs = new DomainSamples(3).datasetInputs(200);
    assertEquals(200, inputs.activities().size());
    assertTrue(!inputs.dataValues().isEmpty() && !inputs.facts().isEmpty());
    assertTrue(inputs.activities().stream().anyMatch(a -> a.organiser().isPresent()));
    assertTrue(inputs.activities().stream().anyMatch(a -> !a.quantities().isEmpty()));
  }
}
