package io.github.qcdc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.SuccessionKind;
import java.util.EnumSet;
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
            SuccessionKind.TIER_REMOVAL),
        seen);
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
