package se.namndbok.app.cli;

import se.namndbok.app.Commands;
import se.namndbok.core.CoreServices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.db.Database;

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
  void theHelpOfTheProgramAndOfEachGroupOfCommandsIsInSwedish() {
    for (String[] line : new String[][] {{"--help"}, {"export", "--help"}, {"import", "--help"}, {"server", "--help"}}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PrintStream originalOut = System.out;
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      try {
        assertThat(run(line)).isZero();
      } finally {
        System.setOut(originalOut);
      }
      String help = out.toString(StandardCharsets.UTF_8);
      assertThat(help).as(String.join(" ", line)).startsWith("Användning: namndbok").contains("[KOMMANDO]")
          .doesNotContain("COMMAND", "Usage", "Options", "Commands:", "Print");
    }
  }

  @Test
  void aCommandOnAStoreThatMustBeUpgradedFirstSaysEachStepOnStderrButNotEachRow() throws Exception {
    Path store = data.resolve("u");
    try (Database db = Database.openEmbedded(store); Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.execute("INSERT INTO arende (id, ar, lopnummer, rubrik, status, sekretess, registrerad) VALUES "
          + "(1, 2024, 5, 'Yttrande', 'PAGAENDE', FALSE, DATE '2024-03-02')");
      // as before V89 (and so before V90)
      st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('89', '90')");
      st.execute("ALTER TABLE gynnande_beslut DROP COLUMN erbjudanden");
    }

    assertThat(run("--data", store.toString(), "backup", "-o", data.resolve("u1.zip").toString())).isZero();
    assertThat(stderr()).contains("Uppgraderar databasen till den här versionen av Nämndbok (steg 1 av 2). "
        + "Stäng inte programmet medan det pågår.", "(steg 2 av 2)").doesNotContain("sökindex");

    err.reset();
    assertThat(run("--data", store.toString(), "backup", "-o", data.resolve("u2.zip").toString())).isZero();
    assertThat(stderr()).as("up to date now").doesNotContain("Uppgraderar");
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
  void backupThenRestoreRoundTripsThroughTheCommandLineKeepingWhatWasThereBefore() throws Exception {
    Path zip = data.resolve("kopia.zip");
    assertThat(run("--data", data.resolve("a").toString(), "backup", "-o", zip.toString())).isZero();
    assertThat(zip).isRegularFile();
    assertThat(run("--data", data.resolve("b").toString(), "restore", zip.toString())).isZero();
    try (var kopior = Files.list(data.resolve("b").resolve("sakerhetskopior"))) {
      assertThat(kopior.map(f -> f.getFileName().toString())).as("the way back, as from the window")
          .singleElement().asString().startsWith("namndbok-fore-aterstallning-");
    }
  }

  @Test
  void restoringSomethingElseExitsTwoNamingTheFile() throws Exception {
    Path notBackup = Files.writeString(data.resolve("anteckning.txt"), "hej");
    assertThat(run("--data", data.resolve("c").toString(), "restore", notBackup.toString())).isEqualTo(2);
    assertThat(stderr()).contains("anteckning.txt");
  }

  @Test
  void anOutputOntoTheStoresOwnFilesIsRefusedAndTheStoreStillOpens() throws Exception {
    Path store = data.resolve("e");
    assertThat(run("--data", store.toString(), "backup", "-o", data.resolve("forsta.zip").toString())).isZero();

    assertThat(run("--data", store.toString(), "backup", "-o", store.resolve("namndbok.mv.db").toString()))
        .isEqualTo(2);
    assertThat(run("--data", store.toString(), "ivo", "--lag", "SoL", "--kvartal", "2025Q2", "-o",
        store.resolve("filer").resolve("ivo.csv").toString())).isEqualTo(2);

    assertThat(stderr()).contains("ligger i datamappen");
    assertThat(store.resolve("filer").resolve("ivo.csv")).doesNotExist();
    assertThat(run("--data", store.toString(), "backup", "-o", data.resolve("andra.zip").toString())).isZero();
    try (var left = Files.list(store)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
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
