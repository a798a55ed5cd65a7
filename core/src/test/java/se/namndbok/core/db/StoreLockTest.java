package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's file stays locked against other processes for as long as it is open, also after a long
 * write took its rollback image: opening the file again in the same process and closing it drops the process's
 * lock on Linux and macOS, and a command run beside the window then opened the store too and corrupted it (found
 * in a walk through the program).
 */
class StoreLockTest {
  @TempDir Path dir;

  @Test
  void anotherProcessCannotLockTheFileWhileTheStoreIsOpenAlsoAfterALongWrite() throws Exception {
    Path folder = dir.resolve("data");
    try (Database db = Database.openEmbedded(folder)) {
      Path file = folder.resolve("namndbok.mv.db");
      assertThat(probe(file)).as("open").isEqualTo("låst");

      db.whole(() -> db.inTransaction(tx -> db.files().put(tx, "en bilaga".getBytes(StandardCharsets.UTF_8))));

      assertThat(probe(file)).as("after a long write and its rollback image").isEqualTo("låst");
    }
  }

  /** What another process finds when it tries to lock {@code file}: "låst" or "fri". */
  private String probe(Path file) throws IOException, InterruptedException {
    Path source = dir.resolve("Probe.java");
    Files.writeString(source, """
        import java.nio.channels.FileChannel;
        import java.nio.file.Path;
        import java.nio.file.StandardOpenOption;
        public class Probe {
          public static void main(String[] args) throws Exception {
            try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
              var lock = c.tryLock();
              System.out.print(lock == null ? "låst" : "fri");
            } catch (java.io.IOException e) {
              System.out.print("låst"); // Windows refuses to open a file another process holds a lock on
            }
          }
        }
        """);
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-Dstdout.encoding=UTF-8", source.toString(), file.toString())
        .redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
  }
}
