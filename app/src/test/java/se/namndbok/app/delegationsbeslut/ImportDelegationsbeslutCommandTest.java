package se.namndbok.app.delegationsbeslut;

import se.namndbok.core.anmalan.AnmalanFilter;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.testing.CommandLineStore;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.shared.Clock;

/** {@code import delegationsbeslut FIL.csv} through the real command line. */
class ImportDelegationsbeslutCommandTest {
  @TempDir
  Path dir;
  private CommandLineStore cli;

  @BeforeEach
  void setUp() {
    cli = CommandLineStore.create(dir, core -> core.delegater().add("MAS/MAR/SAS"));
  }

  @AfterEach
  void restoreErr() {
    cli.close();
  }

  private int run(String... args) {
    return cli.run(args);
  }

  private int stored() {
    return cli.read(core -> core.delegationsbeslut().list(AnmalanFilter.alla()).size());
  }

  @Test
  void importsAGoodFileRegisteringUnknownArenden() throws Exception {
    Path csv = dir.resolve("delegationsbeslut.csv");
    Files.writeString(csv, "diarienummer;handlingsid;delegat;beslutsdatum;rubrik;delegationspunkt\n"
        + "2025/146;2025.2711;MAS/MAR/SAS;2025-09-29;Anmälan lex Maria;4.2\n"
        + "2025/147;;mas/mar/sas;2025-09-30;Anmälan lex Sarah;\n");

    assertThat(run("import", "delegationsbeslut", csv.toString())).isZero();

    assertThat(stored()).isEqualTo(2);
  }

  @Test
  void aBadFileExitsTwoNamingFileLineAndColumnAndSavesNothing() throws Exception {
    Path csv = dir.resolve("fel.csv");
    Files.writeString(csv, "diarienummer;handlingsid;delegat;beslutsdatum;rubrik\n"
        + "2025/146;;MAS/MAR/SAS;2025-09-29;Bra rad\n"
        + "2025/146;;MAS/MAR/SAS;29 sept;Fel datum\n");

    assertThat(run("import", "delegationsbeslut", csv.toString())).isEqualTo(2);

    assertThat(cli.err()).contains("fel.csv, rad 3, kolumn beslutsdatum")
        .contains("är inget datum");
    assertThat(stored()).isZero();
  }
}
