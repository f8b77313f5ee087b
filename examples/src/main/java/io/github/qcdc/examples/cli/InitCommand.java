package io.github.qcdc.examples.cli;

import io.github.qcdc.examples.cli.Qcdc.UsageException;
import io.github.qcdc.geo.AdminTree;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.Tier;
import io.github.qcdc.geo.UnitCode;
import io.github.qcdc.io.gso.VietnamUnits;
import io.github.qcdc.period.ReportingPeriod;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code init --scope UNIT --period P [-o DIR]}: a skeleton a data officer starts from, files that
 * validate: the CSV templates with example rows on the scope's real units, and a rule pack with the
 * recipes of {@code docs/rulepack.md}.
 */
final class InitCommand {
  private InitCommand() {}

  static int run(List<String> args, PrintStream out) throws IOException {
    Options options = new Options("init", args);
    String scopeText =
        options.value("--scope").orElseThrow(() -> new UsageException("init: give --scope UNIT"));
    ReportingPeriod period =
        options
            .value("--period")
            .map(p -> ReportCommand.parse("--period", p, ReportingPeriod::parse))
            .orElseThrow(() -> new UsageException("init: give --period P"));
    Path dir = Path.of(options.value("-o").orElse("qcdc-start"));
    options.noneLeft();
    Gazetteer units = VietnamUnits.gazetteer();
    LocalDate day = period.end();
    UnitCode scope = Scopes.resolve(scopeText, units, day);
    AdminTree tree = units.asOf(day);
    AdminUnit top = tree.unit(scope).orElseThrow();
    List<AdminUnit> communes = tree.descendantsAt(scope, Tier.COMMUNE);
    if (communes.isEmpty()) {
      throw new UsageException(
          "init: " + scope + " " + top.nameWithType() + " has no commune on " + day);
    }
    String commune = communes.get(0).code().value();
    String first = period.start().toString();
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "activities.csv",
        "id,type,unit,date,organiser,quantity.participants,attribute.with\n"
            + "act-1,dialogue,"
            + commune
            + ","
            + first
            + ",,120,commune-leaders\n"
            + "act-2,supervision,"
            + scope.value()
            + ","
            + first
            + ",mttq-"
            + scope.value()
            + ",,\n");
    files.put(
        "data-values.csv",
        "id,element,unit,period,value,disaggregation.level,source\n"
            + "dv-1,supervisions,"
            + scope.value()
            + ","
            + period
            + ",15,province,báo cáo của tỉnh\n"
            + "dv-2,supervisions,"
            + scope.value()
            + ","
            + period
            + ",2608,commune,báo cáo của tỉnh\n");
    files.put(
        "facts.csv",
        "id,subject,key,value,validity,source\n"
            + "f-1,unit:"
            + commune
            + ",new-rural-standard,true,"
            + first
            + "/..,quyết định công nhận\n"
            + "f-2,unit:"
            + commune
            + ",peoples-inspection-board,true,"
            + first
            + "/..,\n");
    files.put(
        "organizations.csv",
        "id,name,kind,unit\nmttq-"
            + scope.value()
            + ",Ủy ban MTTQ "
            + top.nameWithType()
            + ",fatherland-front,"
            + scope.value()
            + "\n");
    files.put("pack.json", pack(scope));
    for (String name : files.keySet()) {
      if (Files.exists(dir.resolve(name))) {
        throw new UsageException("init: " + dir.resolve(name) + " exists; nothing was written");
      }
    }
    Files.createDirectories(dir);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    out.println(
        "wrote "
            + String.join(", ", files.keySet())
            + " in "
            + dir
            + " for "
            + top.nameWithType()
            + " ("
            + scope
            + "), "
            + communes.size()
            + " communes on "
            + day
            + "; replace the example rows with yours, then:");
    String csv =
        String.join(
            " ",
            files.keySet().stream()
                .filter(n -> n.endsWith(".csv"))
                .map(n -> dir.resolve(n).toString())
                .toList());
    out.println("  qcdc validate --rules " + dir.resolve("pack.json") + " --strict " + csv);
    out.println(
        "  qcdc report --rules "
            + dir.resolve("pack.json")
            + " --scope "
            + scope
            + " --period "
            + period
            + " --dataset "
            + csv.replace(" ", " --dataset "));
    return 0;
  }

  private static String pack(UnitCode scope) {
    return """
        {"format": "qcdc.rulepack/1", "id": "province-SCOPE", "version": "1",
         "parameters": {"minDialoguesPerYear": 1},
         "indicators": [
          {"id": "supervisions", "title": {"vi": "Số cuộc giám sát", "en": "Supervisions"},
           "definition": {"kind": "measure", "measure": {"kind": "sum-of", "measures": [
             {"kind": "count", "filter": {"kind": "type", "types": ["supervision"]}},
             {"kind": "data-values", "element": "supervisions"}]}},
           "breakdowns": ["tier"], "format": {"nounVi": "cuộc", "nounEn": "supervisions"}},
          {"id": "new-rural-share", "title": {"vi": "Xã đạt chuẩn nông thôn mới", "en": "Communes at the new-rural standard"},
           "definition": {"kind": "ratio",
             "numerator": {"kind": "subjects-with-fact", "population": {"subjects": {"kind": "units", "tier": "commune", "types": ["xa"]}}, "fact": {"key": "new-rural-standard"}},
             "denominator": {"kind": "subjects", "population": {"subjects": {"kind": "units", "tier": "commune", "types": ["xa"]}}}},
           "format": {"nounVi": "xã", "nounEn": "communes"}},
          {"id": "pib-coverage", "title": {"vi": "Xã có Ban thanh tra nhân dân", "en": "Communes with a People's Inspection Board"},
           "definition": {"kind": "coverage",
             "population": {"subjects": {"kind": "units", "tier": "commune"}},
             "condition": {"kind": "has-fact", "fact": {"key": "peoples-inspection-board"}}},
           "format": {"nounVi": "xã", "nounEn": "communes"}},
          {"id": "dialogues-rate", "title": {"vi": "Xã đối thoại đủ số lần", "en": "Communes holding enough dialogues"},
           "definition": {"kind": "compliance-rate", "rule": "dialogues"},
           "format": {"nounVi": "xã", "nounEn": "communes"}}
         ],
         "rules": [
          {"id": "dialogues", "title": {"vi": "Chủ tịch UBND xã đối thoại với Nhân dân", "en": "Commune chairmen hold dialogues with the people"},
           "legalBasis": {"document": "Luật 72/2025/QH15"},
           "population": {"subjects": {"kind": "units", "tier": "commune"}, "reference": "during"},
           "condition": {"kind": "bounds", "per": "year", "atLeast": {"param": "minDialoguesPerYear"},
             "measure": {"kind": "count", "filter": {"kind": "type", "types": ["dialogue"]}}}}
         ]}
        """
        .replace("SCOPE", scope.value());
  }
}
