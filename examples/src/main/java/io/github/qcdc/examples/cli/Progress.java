package io.github.qcdc.examples.cli;

import java.io.PrintStream;

/** Progress of long work, on standard error so that standard output stays the result. */
final class Progress {
  private Progress() {}

  /** Says that {@code step} starts. */
  static void step(PrintStream err, String step) {
    err.println("qcdc: " + step + "...");
  }
}
