package io.github.qcdc.examples.cli;

import static io.github.qcdc.examples.cli.QcdcTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.qcdc.examples.nghean.NgheAnProfile;
import io.github.qcdc.national.VietnamPack;
import org.junit.jupiter.api.Test;

/** {@code vn+PROVINCE} names the national pack with a profile a jar publishes. */
class ProfilePacksCliTest {
  @Test
  void theExamplesJarPublishesNgheAnsProfile() {
    assertEquals(NgheAnProfile.PROFILE, VietnamPack.profiles().get("nghe-an"));
    assertEquals(NgheAnProfile.pack(), VietnamPack.named("vn+nghe-an"));
    QcdcTest.Run rules = run("rules", "--rules", "vn+nghe-an");
    assertEquals(0, rules.code(), rules.err());
    assertTrue(rules.out().startsWith("Bộ quy tắc / rule pack vn-qcdc+nghe-an"), rules.out());
  }

  @Test
  void aProfileNoJarPublishesIsAUsageErrorNamingThoseThereAre() {
    QcdcTest.Run unknown = run("rules", "--rules", "vn+ha-noi");
    assertEquals(2, unknown.code());
    assertTrue(
        unknown
            .err()
            .startsWith(
                "qcdc: --rules: no pack 'vn+ha-noi': name the national pack, vn, or it with a"
                    + " provincial profile, vn+PROVINCE; the profiles on the class path are"
                    + " [nghe-an]"),
        unknown.err());
  }
}
