package io.github.qcdc.examples.cli;

import io.github.qcdc.examples.cli.Qcdc.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The arguments of one command, taken as options are read; what is left is checked at the end. */
final class Options {
  private final String command;
  private final List<String> args;

  Options(String command, List<String> args) {
    this.command = command;
    this.args = new ArrayList<>(args);
  }

  /** The value after {@code option}, both taken; empty if the option is absent. */
  Optional<String> value(String option) {
    int i = args.indexOf(option);
    if (i < 0) {
      return Optional.empty();
    }
    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    String value = args.get(i + 1);
    args.subList(i, i + 2).clear();
    return Optional.of(value);
  }

  /** The values after every {@code option}, all taken; empty if the option is absent. */
  List<String> values(String option) {
    List<String> values = new ArrayList<>();
    for (Optional<String> v = value(option); v.isPresent(); v = value(option)) {
      values.add(v.get());
    }
    return values;
  }

  /** Whether {@code flag} was given, taken. */
  boolean flag(String flag) {
    return args.remove(flag);
  }

  /** Takes {@code argument}, a positional one. */
  void take(String argument) {
    args.remove(argument);
  }

  /** The arguments not taken by an option. */
  List<String> rest() {
    return List.copyOf(args);
  }

  /** Fails unless every argument was taken. */
  void noneLeft() {
    if (!args.isEmpty()) {
      throw new UsageException(command + ": unexpected argument '" + args.get(0) + "'");
    }
  }
}
