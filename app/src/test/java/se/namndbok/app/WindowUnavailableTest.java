package se.namndbok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.testing.ProgramClasspath;
import se.namndbok.core.db.Database;

/**
 * Where the window cannot open — a screen that cannot be reached, or GTK 3 missing, as on a fresh Linux machine —
 * the program says so in Swedish, exits 1 as cli.md says of a fault, leaves the store it had begun opening closed,
 * and writes JavaFX's own notes to the log file rather than onto the terminal; and the AOT training at package
 * time trains the commands and lets the build go on instead of failing it. Linux only: elsewhere no DISPLAY
 * decides whether there is a screen.
 */
@EnabledOnOs(OS.LINUX)
class WindowUnavailableTest {
  /** An X display nobody serves here. */
  private static final String NO_SCREEN = ":87";

  @TempDir
  Path work;

  @Test
  void aWindowWithoutAScreenSaysWhyInSwedishAndLeavesTheStoreClosed() throws Exception {
    assumeFalse(Files.exists(Path.of("/tmp/.X11-unix/X87")), "display " + NO_SCREEN + " is served on this machine");
    Path data = work.resolve("data");

    Result r = run(Launcher.class, "--data", data.toString());

    assertThat(r.status()).as(r.output()).isEqualTo(1);
    assertThat(r.output()).startsWith("Fönstret kan inte öppnas: ")
        .contains("Kommandona fungerar utan fönster")
        .contains("Detaljer finns i loggfilen " + data.resolve("logg").resolve("namndbok.log").toAbsolutePath())
        .doesNotContain("oväntat", "Exception", "VARNING", "WARNING");
    assertThat(Files.readString(data.resolve("logg").resolve("namndbok.log")))
        .contains("Fönstret kunde inte öppnas", "UnsupportedOperationException");
    try (Database db = Database.openEmbedded(data)) { // the lock was let go: the store opens here
      assertThat(db.schemaVersion()).isNotBlank();
    }
  }

  @Test
  void theAotTrainingWithoutAScreenTrainsTheCommandsAndSucceeds() throws Exception {
    assumeFalse(Files.exists(Path.of("/tmp/.X11-unix/X87")), "display " + NO_SCREEN + " is served on this machine");

    Result r = run(AotTraining.class);

    assertThat(r.status()).as(r.output()).isZero();
    assertThat(r.output()).contains("AOT-träningen: kommandona (Fönstret kan inte öppnas: ");
  }

  private record Result(int status, String output) {}

  /** {@code main} in a JVM of its own on the tests' class path, with a screen that cannot be reached. */
  private Result run(Class<?> main, String... args) throws IOException, InterruptedException {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // the program's class path, so its own log configuration (ProgramClasspath)
    List<String> command = new ArrayList<>(List.of(javaBin, "-cp", ProgramClasspath.get(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED",
        "-Duser.home=" + work.toAbsolutePath(), main.getName()));
    command.addAll(List.of(args));
    Path output = work.resolve("utskrift.txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    pb.environment().put("DISPLAY", NO_SCREEN);
    Process p = pb.start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("still running after 3 minutes: " + Files.readString(output, StandardCharsets.UTF_8));
    }
    return new Result(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
  }
}
