package io.github.qcdc.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Files written whole or not at all. */
public final class WholeFiles {
  private WholeFiles() {}

  /** What writes a file's content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to {@code out}. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} into a hidden file beside {@code file}, then moves it over {@code file}:
   * a failure never leaves part of a file. The written file keeps the mode of the file it replaces,
   * or gets the default mode of a new file (the umask's); an error names {@code file}, never the
   * hidden one.
   *
   * @throws IOException naming {@code file} and the reason (permission denied, no such directory)
   */
  public static void write(Path file, Content content) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path directory = absolute.getParent() == null ? Path.of(".") : absolute.getParent();
    Path temporary =
        directory.resolve(
            "." + absolute.getFileName() + ".qcdc-" + ProcessHandle.current().pid() + ".tmp");
    try {
      try (OutputStream out =
          Files.newOutputStream(
              temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      if (Files.exists(absolute)
          && Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(absolute));
      }
      Files.move(
          temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileSystemException e) {
      throw new IOException("cannot write " + file + ": " + reason(e), e);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String reason(FileSystemException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof NoSuchFileException) {
      return "no such directory";
    } else if (e instanceof FileAlreadyExistsException) {
      return "a file of the same hidden name is in the way";
    }
    return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
  }
}
