package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DesktopProgramsTest {
  private final Path file = Path.of("/home/anna/Dokument/Kallelse Socialnämnden 2025-10-23.pdf");

  @Test
  void theDesktopsOwnFailureReachesTheUserInSwedishNamingTheFile() {
    IOException gtk = new IOException("Failed to show URI:file:///home/anna/Dokument/Kallelse.pdf");

    assertThatThrownBy(() -> DesktopPrograms.inSwedish(file, () -> {
      throw gtk;
    }))
        .isInstanceOf(IOException.class)
        .hasMessage("Datorn har inget program som kan öppna Kallelse Socialnämnden 2025-10-23.pdf. Öppna den "
            + "från utforskaren, eller be IT installera ett program för den sortens fil.")
        .hasCause(gtk);
  }

  @Test
  void aDesktopWithoutTheActionIsToldTheSameWay() {
    assertThatThrownBy(() -> DesktopPrograms.inSwedish(file, () -> {
      throw new UnsupportedOperationException("The OPEN action is not supported on the current platform!");
    })).hasMessageStartingWith("Datorn har inget program som kan öppna Kallelse Socialnämnden");
  }

  @Test
  void aCallThatWorksIsLeftAlone() throws IOException {
    boolean[] ran = {false};

    DesktopPrograms.inSwedish(file, () -> ran[0] = true);

    assertThat(ran[0]).isTrue();
  }
}
