package io.github.qcdc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.testing.PackageGraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {
  @Test
  void thePackagesOfCoreDependOnEachOtherWithoutACycle() {
    assertEquals(List.of(), PackageGraph.of(Path.of("src/main/java")).cycles());
  }
}
