package se.namndbok.core.shared;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Temporary files that are later moved over a user-visible file (a kallelse, a backup, a stored attachment).
 * {@code Files.createTempFile} would give them mode 0600, and the moved file would keep it: a kallelse saved in
 * a shared folder would be unreadable for colleagues. {@code Files.createFile} without attributes gives the
 * folder's normal permissions for a new file (the umask decides, as for any other program).
 */
public final class TempFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int ATTEMPTS = 10;

  private TempFiles() {}

  /** Creates an empty ".NAME.RANDOM.tmp" in the target's folder (created if missing). */
  public static Path beside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    for (int attempt = 1; ; attempt++) {
      byte[] random = new byte[6];
      RANDOM.nextBytes(random);
      Path tmp = dir.resolve("." + target.getFileName() + "." + HexFormat.of().formatHex(random) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
