package se.namndbok.app.meddelande;

import se.namndbok.core.anmalan.AnmalanFilter;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.testing.CommandLineStore;
import se.namndbok.core.shared.Clock;

/** {@code import meddelanden FIL.csv} through the real command line. */
class ImportMeddelandenCommandTest {
  @TempDir
  Path dir;
  private CommandLineStore cli;

  @BeforeEach
  void setUp() {
    cli = CommandLineStore.create(dir, core -> { });
  }

  @AfterEach
  void restoreErr() {
    cli.close();
  }

  private int run(String... args) {
    return cli.run(args);
  }

  private int stored() {
    return cli.read(core -> core.meddelanden().list(AnmalanFilter.alla()).size());
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
    assertThat(cli.err()).contains("fel.csv, rad 3, kolumn diarienummer");
    assertThat(stored()).isZero();
  }
}
