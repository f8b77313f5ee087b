package io.github.qcdc.examples.nghean;

import io.github.qcdc.national.ProvincialProfile;
import io.github.qcdc.national.VietnamPack;
import io.github.qcdc.rule.RulePack;

/**
 * Nghệ An's profile over the national pack: commune council and committee chairs hold at least two
 * dialogues with the people a year (VN-R24, a provincial standard the national pack ships disabled,
 * with k = 2), where the national floor (VN-R23) is one.
 */
public final class NgheAnProfile {
  /** The profile. */
  public static final ProvincialProfile PROFILE =
      ProvincialProfile.of("nghe-an", "2021.1")
          .withParameter("provincialDialoguesPerYear", 2)
          .enabling("VN-R24");

  private NgheAnProfile() {}

  /** The national pack with Nghệ An's profile over it, {@code vn-qcdc+nghe-an}. */
  public static RulePack pack() {
    return PROFILE.over(VietnamPack.pack());
  }
}
