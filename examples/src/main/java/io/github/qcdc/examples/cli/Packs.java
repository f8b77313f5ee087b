package io.github.qcdc.examples.cli;

import io.github.qcdc.examples.nghean.NgheAnPack;
import io.github.qcdc.examples.nghean.NgheAnToday;
import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.national.VietnamPack;
import io.github.qcdc.rule.RulePack;
import java.io.IOException;

/** The packs {@code --rules} names: a built-in one by name, or a rule pack document. */
final class Packs {
  /** The built-in packs' names. */
  static final String NATIONAL = "vn";

  static final String NGHE_AN_REPORT = "nghe-an-kl120";
  static final String NGHE_AN_TODAY = NgheAnToday.ID;

  private Packs() {}

  /**
   * The pack {@code name} names: {@code vn} or {@code vn+} a published provincial profile ({@link
   * VietnamPack#named}: {@code vn+nghe-an}), {@code nghe-an-kl120}, {@code nghe-an-2021-2025} or a
   * file.
   */
  static RulePack named(String name) throws IOException {
    if (name.equals(NATIONAL) || name.startsWith(NATIONAL + "+")) {
      try {
        return VietnamPack.named(name);
      } catch (IllegalArgumentException e) {
        throw new Qcdc.UsageException("--rules: " + e.getMessage());
      }
    }
    return switch (name) {
      case NGHE_AN_REPORT -> NgheAnPack.pack();
      case NGHE_AN_TODAY -> NgheAnToday.pack();
      default -> QcdcJson.readRulePack(Commands.existing(name));
    };
  }
}
