package se.namndbok.app.cli;

import se.namndbok.app.Commands;
import se.namndbok.core.CoreServices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir
  Path data;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void captureErr() {
    originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreErr() {
    System.setErr(originalErr);
  }

  private int run(String... args) {
    return Commands.run(store -> {
      throw new AssertionError("the window must not open for a command");
    }, args);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownCommandExitsTwoWithASwedishMessage() {
    assertThat(run("--data", data.toString(), "fnord")).isEqualTo(2);
    assertThat(stderr()).contains("Okänt kommando eller argument: fnord");
  }

  @Test
  void noCommandOpensTheWindowOnTheChosenFolder() {
    Path[] opened = new Path[1];
    int status = Commands.run(store -> {
      opened[0] = store.dataFolder();
      return 0;
    }, "--data", data.toString());

    assertThat(status).isZero();
    assertThat(opened[0]).isEqualTo(data);
  }

  @Test
  void backupThenRestoreRoundTripsThroughTheCommandLine() {
    Path zip = data.resolve("kopia.zip");
    assertThat(run("--data", data.resolve("a").toString(), "backup", "-o", zip.toString())).isZero();
    assertThat(zip).isRegularFile();
    assertThat(run("--data", data.resolve("b").toString(), "restore", zip.toString())).isZero();
  }

  @Test
  void restoringSomethingElseExitsTwoNamingTheFile() throws Exception {
    Path notBackup = Files.writeString(data.resolve("anteckning.txt"), "hej");
    assertThat(run("--data", data.resolve("c").toString(), "restore", notBackup.toString())).isEqualTo(2);
    assertThat(stderr()).contains("anteckning.txt");
  }

  @Test
  void aSecondProgramOnTheSameStoreIsToldInSwedish() throws Exception {
    Process other = HoldStore.start(data.resolve("d"));
    try {
      assertThat(run("--data", data.resolve("d").toString(), "backup", "-o", data.resolve("x.zip").toString()))
          .isEqualTo(2);
      assertThat(stderr()).contains("Nämndbok är redan öppet");
      assertThat(data.resolve("x.zip")).doesNotExist();
    } finally {
      other.getOutputStream().close();
      other.waitFor();
    }
  }
}
