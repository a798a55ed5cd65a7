package se.namndbok.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowUnavailableExceptionTest {
  @Test
  void javafxsReasonsAreToldInSwedish() {
    assertThat(WindowUnavailableException.reason("Unable to open DISPLAY", ":5"))
        .isEqualTo("skärmen DISPLAY=:5 går inte att nå");
    assertThat(WindowUnavailableException.reason("Unable to open DISPLAY", null))
        .isEqualTo("det finns ingen skärm att visa det på (DISPLAY är inte satt)");
    assertThat(WindowUnavailableException.reason("Unable to load glass GTK library.", ":0"))
        .startsWith("GTK 3 saknas på datorn");
    assertThat(WindowUnavailableException.reason("No toolkit found", ":0"))
        .isEqualTo("JavaFX kunde inte starta (No toolkit found)");
  }

  @Test
  void theMessageSaysTheCommandsStillWork() {
    assertThat(new WindowUnavailableException(new UnsupportedOperationException("Unable to open DISPLAY"), ":5"))
        .hasMessage("Fönstret kan inte öppnas: skärmen DISPLAY=:5 går inte att nå. Kommandona fungerar utan fönster "
            + "(--help visar dem).");
  }
}
