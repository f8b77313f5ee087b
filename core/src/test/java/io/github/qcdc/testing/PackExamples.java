package io.github.qcdc.testing;

import io.github.qcdc.engine.Evaluator;
import io.github.qcdc.engine.Examples;
import io.github.qcdc.rule.RulePack;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Turns a pack's worked examples into JUnit 5 dynamic tests, so a province tests its rules with one
 * line:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> examples() {
 *   return PackExamples.dynamicTests(NgheAnPack.create());
 * }
 * }</pre>
 */
public final class PackExamples {
  private PackExamples() {}

  /** One dynamic test per example of {@code pack}, named after its target and its name. */
  public static Stream<DynamicTest> dynamicTests(RulePack pack) {
    Evaluator evaluator = Evaluator.of(pack);
    return pack.examples().stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.target() + ": " + example.name(),
                    () -> {
                      Examples.Outcome outcome = Examples.run(evaluator, example);
                      if (!outcome.passed()) {
                        throw new AssertionFailedError(
                            example + " failed: " + String.join("; ", outcome.failures()));
                      }
                    }));
  }
}
