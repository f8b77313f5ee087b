package io.github.qcdc.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.qcdc.dataset.Dataset;
import io.github.qcdc.geo.AdminUnit;
import io.github.qcdc.geo.Gazetteer;
import io.github.qcdc.geo.UnitType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document written over a file keeps its mode; a failed write names the file asked for. */
class WriteModesTest {
  private static final Dataset DATA =
      Dataset.builder(
              Gazetteer.of(List.of(AdminUnit.of("40", "Nghệ An", UnitType.TINH, Optional.empty()))))
          .build();

  @Test
  void aReplacedFileKeepsItsMode(@TempDir Path dir) throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX file modes");
    Path file = dir.resolve("d.json");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    QcdcJson.writeDataset(DATA, file);
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList()); // no hidden file left behind
    }
  }

  @Test
  void aNewFileIsNotMadePrivate(@TempDir Path dir) throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX file modes");
    Path file = dir.resolve("new.json");
    QcdcJson.writeDataset(DATA, file);
    assertEquals(
        true,
        Files.getPosixFilePermissions(file)
            .contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ));
    // a new file gets the umask's default, as any tool's would: readable beyond its owner unless
    // the umask says otherwise (createTempFile would have made it 0600)
    assertEquals(
        Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe"))),
        Files.getPosixFilePermissions(file));
  }

  @Test
  void aFailedWriteNamesTheFileAskedFor(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("d.json");
    IOException e = assertThrows(IOException.class, () -> QcdcJson.writeDataset(DATA, file));
    assertEquals("cannot write " + file + ": no such directory", e.getMessage());
  }
}
