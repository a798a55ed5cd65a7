package se.namndbok.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Asserts that a written file got the normal permissions of a new file (group and others may read it under
 * umask 022, as in CI), not the 0600 of {@code Files.createTempFile}. Skipped on file systems without POSIX
 * permissions.
 */
public final class ReadableOutput {
  private ReadableOutput() {}

  public static void assertReadableByGroupAndOthers(Path file) throws IOException {
    Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "no POSIX permissions on this file system");
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    assertThat(permissions).as("permissions of " + file)
        .contains(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
  }
}
