package io.github.qcdc.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TierKeyTest {
  @Test
  void aTiersKeyIsItsNameInLowerCaseAndReadsBack() {
    assertEquals("province", Tier.PROVINCE.key());
    assertEquals("village", Tier.VILLAGE.key());
    for (Tier tier : Tier.values()) {
      assertEquals(tier, Tier.fromKey(tier.key()));
    }
  }

  @Test
  void anUnknownKeyIsRefusedWithTheKeysThereAre() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Tier.fromKey("PROVINCE"));
    assertEquals(
        "unknown tier 'PROVINCE'; expected one of [province, district, commune, village]",
        e.getMessage());
  }
}
