package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.testing.ProgramClasspath;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.testing.TestStore;

/**
 * A window ended by the operating system (SIGTERM: a log-off, a shutdown, the task manager's "end", Ctrl+C in the
 * terminal) closes its store as when the user closes it (decision record 0159): H2 marks the file as closed, so the
 * next start does not depend on recovering an unclosed file. The program runs in a JVM of its own on a headless
 * screen. Not on Windows, where ending a process runs none of its code.
 */
@DisabledOnOs(OS.WINDOWS)
class EndedWindowTest {
  @TempDir
  Path work;

  @Test
  void aWindowEndedBySigtermClosesItsStoreAsWhenTheWindowCloses() throws Exception {
    Path data = work.resolve("data");
    try (TestStore store = TestStore.open(data)) {
      store.loadDemo();
    }
    Path log = data.resolve("logg").resolve("namndbok.log");
    Path output = work.resolve("utskrift.txt");
    Process window = new ProcessBuilder(command(data)).redirectErrorStream(true).redirectOutput(output.toFile())
        .start();
    try {
      waitForLine(window, log, "Diariet visas", output);
      window.destroy(); // SIGTERM
      assertThat(window.waitFor(2, TimeUnit.MINUTES)).as("ended within 2 minutes").isTrue();
    } finally {
      window.destroyForcibly();
    }

    assertThat(headerOf(data.resolve("namndbok.mv.db"))).as("H2's header of the file after SIGTERM")
        .contains(",clean:1,");
    try (TestStore reopened = TestStore.open(data)) {
      assertThat(reopened.core().namnd().current()).map(Namnd::namn).contains("Socialnämnden");
    }
  }

  /** The program's window in a JVM of its own, on Monocle's headless screen at 1366×768. */
  private List<String> command(Path data) {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // the program's class path, so its own log configuration (ProgramClasspath)
    return List.of(javaBin, "-cp", ProgramClasspath.get(), "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "-Duser.home=" + work.toAbsolutePath(),
        "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
        "-Dprism.order=sw", "-Dheadless.geometry=1366x768-32", Launcher.class.getName(), "--data", data.toString());
  }

  private static void waitForLine(Process p, Path log, String line, Path output)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!(Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line))) {
      if (!p.isAlive() || System.nanoTime() > end) {
        throw new AssertionError("the window never logged \"" + line + "\"; it printed: "
            + Files.readString(output, StandardCharsets.UTF_8));
      }
      Thread.sleep(100);
    }
  }

  /** The first line of an H2 file: its header, which says {@code clean:1} when the file was closed. */
  private static String headerOf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      String block = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
      return block.substring(0, Math.max(0, block.indexOf('\n')));
    }
  }
}
