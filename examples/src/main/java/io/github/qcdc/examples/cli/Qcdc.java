package io.github.qcdc.examples.cli;

import io.github.qcdc.Problem;
import io.github.qcdc.QcdcException;
import io.github.qcdc.examples.DatasetCounts;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code qcdc} command line: {@code java -jar examples/target/qcdc.jar [COMMAND] [OPTIONS]}.
 *
 * <p>Commands: {@code report}, {@code explain}, {@code audit}, {@code validate}, {@code
 * import-gso}, {@code units}, {@code rules}; with none, the counts of the bundled GSO list and the
 * Nghệ An report reproduced on both bundled datasets with the audit of the seed report, exiting 0
 * whatever the audit finds (its findings are the output). Exit codes: 0 when the command did its
 * work and found nothing wrong; 1 when it found a problem (an audit mismatch, an invalid document,
 * a row a strict import cannot place); 2 for a usage error; 3 when a report text given to {@code
 * audit --text} cannot be read (not UTF-8 or UTF-16 text: never read wrong, never taken for a
 * finding). A user error prints one message, never a stack trace, unless {@code --debug} is given.
 */
public final class Qcdc {
  /** Exit code: the command found a problem in its input. */
  static final int FOUND_PROBLEMS = 1;

  /** Exit code: the command line is wrong. */
  static final int USAGE = 2;

  /** Exit code: a report text given to {@code audit --text} cannot be read (not UTF-8 text). */
  static final int UNREADABLE = 3;

  static final String HELP =
      """
      usage: qcdc [COMMAND] [OPTIONS] [--debug]
             qcdc --version

      With no command: the counts of the bundled GSO list, then `report`: the Nghệ An report
      (five years of Kết luận 120-KL/TW) reproduced and audited.

      commands:
        report [--dataset FILE]... [--own-units] [--data as-reported|simulated|both|reform]
               [--seed N] [--strict]
               [--rules PACK] [--scope CODE|NAME|all] [--period P] [--as-of DATE]
               [--parts N] [--format text|json|csv|html|xlsx] [--lang vi|en]
               [--category publicity|decision|consultation|supervision|other,...]
               [-o FILE] [--audit TEXT] [--evidence none|summary|full]
                                              evaluate a pack (with --dataset, --rules,
                                              --scope and --period are required; warnings
                                              on stderr, exit 1 with --strict); with no
                                              option, the bundled
                                              Nghệ An pack for 2016/2020 on both bundled
                                              datasets, each figure of the seed report beside
                                              the computed ones, with the audit; --data
                                              reform: Nghệ An 2021-2025 across the 2025
                                              reform on a seeded simulation (pack
                                              nghe-an-2021-2025); --format html: one
                                              self-contained page with tables, charts and
                                              the audit of --audit TEXT (of the seed report
                                              for the bundled one); --format xlsx: an Excel
                                              workbook (with -o); --dataset takes .json,
                                              .ndjson, .csv and .xlsx (a sheet a CSV
                                              template); --category: only the rules and
                                              figures about these content categories of
                                              the law; -o writes the report to
                                              FILE, whole or not at all; --evidence:
                                              each verdict's checks with record ids (full,
                                              the default), without ids (summary), or the
                                              verdicts alone (none, for national reports)
        explain ID [the options of report] [--page N]
                                              a figure's derivation down to record ids, or a
                                              rule's verdicts with their evidence
        audit [--text FILE | --claims FILE] [--format text|json]
              [--dataset FILE... --rules PACK --scope UNIT --period P]
                                              check the figures of a report's text, or of a
                                              claims document, against themselves and, with
                                              the data, against the computed figures (a claim
                                              names one with [id], or by its title, or by
                                              value and noun); lists every claim with its
                                              line; json: qcdc.claims/1; default: the bundled
                                              seed text
        validate FILE... [--own-units] [--rules PACK] [--strict]
                                              check qcdc JSON documents (dataset, rule pack,
                                              report, claims), NDJSON activities, and CSV
                                              files (read together as one dataset over the
                                              bundled units, which a units and a successions
                                              file extend; --own-units: the units file alone);
                                              --rules: warn of what the pack reads that the
                                              data never mentions; --strict: warnings exit 1
        import-gso FILE [-o OUT] [--lenient]  the GSO list as a dataset document (three-tier
                                              lists, or two-tier lists from 2025-07-01)
        init --scope UNIT --period P [-o DIR] a skeleton to start from: CSV templates with
                                              example rows on the scope's units and a rule
                                              pack with the recipes of docs/rulepack.md
        units find NAME [--as-of DATE]        the bundled units (2020 to today) named NAME:
                                              case, Unicode form and tone marks folded
        units show CODE [--as-of DATE]        a unit's versions, with the successions that
                                              start and end them and their legal acts
        units count CODE --as-of DATE         the units inside a unit on a day, by tier and type
        rules [--rules PACK] [--format text|markdown]
                                              a pack's rules and indicators with their legal
                                              basis, regime, confidence and status, in
                                              Vietnamese and English; default: the national
                                              pack (docs/rules-vn.md)

      PACK is a rule pack document, or a built-in pack: vn (the national pack),
      vn+nghe-an (with Nghệ An's profile), nghe-an-kl120 (the seed report's pack),
      nghe-an-2021-2025 (five years across the reform).

      exit codes: 0 done, nothing wrong; 1 problems found; 2 usage error
      """;

  private Qcdc() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command and its options, as {@code qcdc --help} lists them
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    if (out.checkError()) {
      err.println(
          "qcdc: cannot write to standard output (a full disk, a closed pipe?): the output is incomplete");
      code = Math.max(code, FOUND_PROBLEMS);
    }
    System.exit(code);
  }

  /**
   * Runs the command line, writing to {@code out} and {@code err} with control characters escaped
   * ({@link EscapingOutput}); returns the exit code.
   */
  static int run(String[] args, PrintStream rawOut, PrintStream rawErr) {
    PrintStream out = new PrintStream(new EscapingOutput(rawOut), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new EscapingOutput(rawErr), true, StandardCharsets.UTF_8);
    try {
      return runEscaped(args, out, err);
    } finally {
      out.flush(); // a failed write reaches rawOut, whose checkError() tells main
      err.flush();
    }
  }

  private static int runEscaped(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    boolean debug = rest.remove("--debug");
    try {
      if (rest.isEmpty()) {
        DatasetCounts.print(out);
        out.println();
        return ReportCommand.report(List.of(), out, err); // audit findings are the output
      }
      String command = rest.remove(0);
      if (rest.contains("--help") || rest.contains("-h")) {
        out.print(usageOf(command));
        return 0;
      }
      return switch (command) {
        case "--help", "-h", "help" -> {
          out.print(HELP);
          yield 0;
        }
        case "--version" -> {
          if (!rest.isEmpty()) {
            throw new UsageException("--version takes no argument: " + rest);
          }
          out.println("qcdc " + io.github.qcdc.QcdcVersion.current());
          yield 0;
        }
        case "audit" -> Commands.audit(rest, out, err);
        case "validate" -> Commands.validate(rest, out, err);
        case "import-gso" -> Commands.importGso(rest, out, err);
        case "rules" -> RulesCommand.run(rest, out);
        case "report" -> ReportCommand.report(rest, out, err);
        case "explain" -> ReportCommand.explain(rest, out, err);
        case "units" -> UnitsCommand.run(rest, out);
        case "init" -> InitCommand.run(rest, out);
        default -> throw new UsageException("unknown command '" + command + "'");
      };
    } catch (UsageException e) {
      err.println("qcdc: " + e.getMessage());
      err.println("Run 'qcdc --help' for usage.");
      return USAGE;
    } catch (QcdcException e) {
      err.println("qcdc: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      for (Problem problem : e.problems()) {
        err.println("  " + problem);
      }
      return FOUND_PROBLEMS;
    } catch (IOException | UncheckedIOException e) {
      err.println("qcdc: " + e.getMessage());
      if (debug) {
        e.printStackTrace(err);
      }
      return FOUND_PROBLEMS;
    } catch (RuntimeException e) {
      // a failure qcdc did not foresee: one line, never a stack trace unless asked for
      err.println(
          "qcdc: internal error: "
              + e.getClass().getSimpleName()
              + ": "
              + String.valueOf(e.getMessage())
              + " (run again with --debug for the details, and report it)");
      if (debug) {
        e.printStackTrace(err);
      }
      return FOUND_PROBLEMS;
    }
  }

  /** The usage of {@code command}: its entry in the general help. */
  static String usageOf(String command) {
    List<String> entry =
        HELP.lines()
            .dropWhile(line -> !line.startsWith("  " + command + " "))
            .takeWhile(line -> line.startsWith("  " + command + " ") || line.startsWith("      "))
            .map(String::strip)
            .toList();
    if (entry.isEmpty()) {
      return HELP;
    }
    StringBuilder usage = new StringBuilder("usage: qcdc ").append(entry.get(0)).append('\n');
    entry.subList(1, entry.size()).forEach(line -> usage.append("    ").append(line).append('\n'));
    return usage.toString();
  }

  /** A wrong command line; its message says what is wrong. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
