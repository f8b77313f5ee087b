package io.github.qcdc.examples.cli;

import io.github.qcdc.examples.cli.Qcdc.UsageException;
import io.github.qcdc.indicator.Indicator;
import io.github.qcdc.io.json.QcdcJson;
import io.github.qcdc.rule.ComplianceRule;
import io.github.qcdc.rule.RulePack;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code rules [--rules FILE] [--format text|markdown]}: a pack's rules and indicators with their
 * legal basis, in Vietnamese and English; without {@code --rules}, the bundled Nghệ An pack.
 */
final class RulesCommand {
  private RulesCommand() {}

  static int run(List<String> args, PrintStream out) throws IOException {
    Options options = new Options("rules", args);
    java.util.Optional<String> file = options.value("--rules");
    String format = options.value("--format").orElse("text");
    options.noneLeft();
    if (!format.equals("text") && !format.equals("markdown")) {
      throw new UsageException("rules: --format must be text or markdown, not '" + format + "'");
    }
    RulePack pack =
        file.isPresent()
            ? QcdcJson.readRulePack(Commands.existing(file.get()))
            : io.github.qcdc.examples.nghean.NgheAnPack.pack();
    boolean markdown = format.equals("markdown");
    out.println(
        (markdown ? "# " : "")
            + "Bộ quy tắc / rule pack "
            + pack.id()
            + " "
            + pack.version()
            + " ("
            + pack.calendar().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
            + " calendar)");
    if (!pack.parameters().isEmpty()) {
      out.println("tham số / parameters: " + pack.parameters());
    }
    out.println();
    out.println((markdown ? "## " : "") + "Quy tắc / rules");
    for (ComplianceRule rule : pack.rules()) {
      out.println(
          (markdown ? "- **" : "- ")
              + rule.id()
              + " v"
              + rule.version()
              + (markdown ? "**" : "")
              + ": "
              + rule.title().vi()
              + " / "
              + rule.title().en());
      out.println("  căn cứ / legal basis: " + rule.legalBasis());
      out.println(
          "  hiệu lực / in force: "
              + rule.validity()
              + "; "
              + rule.severity().name().toLowerCase(java.util.Locale.ROOT));
      Map<String, Long> parameters = new java.util.TreeMap<>();
      rule.parameters()
          .forEach(
              (name, value) -> parameters.put(name, pack.parameters().getOrDefault(name, value)));
      if (!parameters.isEmpty()) {
        out.println("  tham số / parameters: " + parameters);
      }
    }
    out.println();
    out.println((markdown ? "## " : "") + "Chỉ tiêu / indicators");
    for (Indicator indicator : pack.indicators()) {
      out.println(
          (markdown ? "- **" : "- ")
              + indicator.id()
              + (markdown ? "**" : "")
              + ": "
              + indicator.title().vi()
              + " / "
              + indicator.title().en());
      out.println(
          "  "
              + indicator.definition().describe().vi()
              + " / "
              + indicator.definition().describe().en());
    }
    return 0;
  }
}
