package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.namndbok.core.shared.StaleException;
import se.namndbok.core.shared.ValidationException;

class FieldErrorTest {
  @Test
  void aStaleSavesSentenceIsShownAloneNotUnderAFieldNameThatSaysItAgain() {
    FieldErrors errors = new FieldErrors("Rubrik");

    errors.show(StaleException.of("Ärendet", "sara", LocalDate.of(2025, 11, 3).atTime(11, 50),
        LocalDate.of(2025, 11, 3)));

    assertThat(errors.general().get()).isEqualTo("Ärendet ändrades av sara kl. 11:50 efter att du öppnade det.");
  }

  @Test
  void aFieldTheFormDoesNotShowIsNamedBeforeItsMessage() {
    FieldErrors errors = new FieldErrors("Rubrik");

    errors.show(ValidationException.of("Diarienummer", "finns inte i diariet"));

    assertThat(errors.general().get()).isEqualTo("Diarienummer: finns inte i diariet");
  }
}
