package se.namndbok.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Asserts the permissions of written files: an export gets the normal permissions of a new file (group and
 * others may read it under umask 022, as in CI); the store's own files and unfinished temporary files are the
 * user's alone (0600, folders 0700). Skipped on file systems without POSIX permissions.
 */
public final class ReadableOutput {
  private ReadableOutput() {}

  public static void assertReadableByGroupAndOthers(Path file) throws IOException {
    assumePosix();
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    assertThat(permissions).as("permissions of " + file)
        .contains(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
  }

  /** 0600 for a file, 0700 for a folder. */
  public static void assertPrivate(Path p) throws IOException {
    assumePosix();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as("permissions of " + p)
        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
  }

  private static void assumePosix() {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "no POSIX permissions on this file system");
  }
}
