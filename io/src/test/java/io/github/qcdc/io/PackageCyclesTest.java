package io.github.qcdc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.qcdc.testing.PackageGraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {
  @Test
  void thePackagesOfIoDependOnEachOtherWithoutACycle() {
    assertEquals(List.of(), PackageGraph.of(Path.of("src/main/java")).cycles());
  }
}
