package se.namndbok.app.meddelande;

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
import se.namndbok.app.cli.NamndbokCommand;
import se.namndbok.core.db.Database;
import se.namndbok.core.meddelande.MeddelandeFilter;
import se.namndbok.core.meddelande.MeddelandeService;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.shared.Clock;

/** {@code import meddelanden FIL.csv} through the real command line. */
class ImportMeddelandenCommandTest {
  @TempDir
  Path dir;
  private Path data;
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void setUp() {
    data = dir.resolve("data");
    try (Database db = Database.openEmbedded(data)) {
      new NamndService(db, Clock.system()).create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
    }
    originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreErr() {
    System.setErr(originalErr);
  }

  private int run(String... args) {
    return NamndbokCommand.run(store -> {
      throw new AssertionError("no window for a command");
    }, "--data", data.toString(), args[0], args[1], args[2]);
  }

  private int stored() {
    try (Database db = Database.openEmbedded(data)) {
      return new MeddelandeService(db, db.files(), Clock.system()).list(MeddelandeFilter.alla()).size();
    }
  }

  @Test
  void importsAGoodFile() throws Exception {
    Path csv = dir.resolve("meddelanden.csv");
    Files.writeString(csv, "avsandare;datum;amne;diarienummer;handlingsid;paragraf\n"
        + "Kommunfullmäktige;2025-09-22;Sammanträdesordning 2026;2025/1130;2025.2784;§ 159\n"
        + "Patientnämnden;2025-09-25;Delårsrapport;2025/1130;2025.2768;\n");

    assertThat(run("import", "meddelanden", csv.toString())).isZero();
    assertThat(stored()).isEqualTo(2);
  }

  @Test
  void aBadFileExitsTwoNamingFileLineAndColumnAndSavesNothing() throws Exception {
    Path csv = dir.resolve("fel.csv");
    Files.writeString(csv, "avsandare;datum;amne;diarienummer;handlingsid\n"
        + "Kommunfullmäktige;2025-09-22;Bra;2025/1130;\n"
        + "Patientnämnden;2025-09-25;Fel nummer;1130;\n");

    assertThat(run("import", "meddelanden", csv.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("fel.csv, rad 3, kolumn diarienummer");
    assertThat(stored()).isZero();
  }
}
