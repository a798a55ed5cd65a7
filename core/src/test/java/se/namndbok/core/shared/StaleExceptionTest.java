package se.namndbok.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The sentence a refused stale save gives: who, when, and the record by its own gender. */
class StaleExceptionTest {
  private static final LocalDate IDAG = LocalDate.of(2026, 12, 6);
  private static final LocalDateTime KL_1150 = IDAG.atTime(11, 50);

  @Test
  void aNeuterRecordIsCalledDetAndACommonOneDen() {
    assertThat(StaleException.of("Delegationsbeslutet", "sara", KL_1150, IDAG).getMessage())
        .isEqualTo("Delegationsbeslutet ändrades av sara kl. 11:50 efter att du öppnade det.");
    assertThat(StaleException.of("Ärendet", "sara", KL_1150, IDAG).getMessage())
        .isEqualTo("Ärendet ändrades av sara kl. 11:50 efter att du öppnade det.");
    assertThat(StaleException.of("Meddelandet", null, null, IDAG).getMessage())
        .isEqualTo("Meddelandet har ändrats av någon annan efter att du öppnade det.");
    assertThat(StaleException.of("Avsnittet Kallelsen", "sara", KL_1150, IDAG).getMessage())
        .endsWith("efter att du öppnade det.");
    for (String vad : new String[] {"Sammanträdet", "Protokollet", "Beslutet"}) {
      assertThat(StaleException.of(vad, "sara", KL_1150, IDAG).getMessage()).as(vad).endsWith("öppnade det.");
    }
    for (String vad : new String[] {"Punkten", "Nämnden", "Ledamoten", "Delegaten"}) {
      assertThat(StaleException.of(vad, "sara", KL_1150, IDAG).getMessage()).as(vad).endsWith("öppnade den.");
    }
  }

  @Test
  void anotherDayIsSaidWithItsDate() {
    assertThat(StaleException.of("Punkten", "anna", KL_1150.minusDays(1), IDAG).getMessage())
        .isEqualTo("Punkten ändrades av anna 2026-12-05 kl. 11:50 efter att du öppnade den.");
  }
}
