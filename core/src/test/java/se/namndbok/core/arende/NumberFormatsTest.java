package se.namndbok.core.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.namndbok.core.shared.ValidationException;

class NumberFormatsTest {

  @ParameterizedTest
  @ValueSource(strings = {"2025/1184-3.9.0.1", "2025/31-3.9.0.2", "2024/1314", "2025/1130-1.1.1.7"})
  void arendenummerRoundTrips(String text) {
    assertThat(Arendenummer.parse(text)).hasToString(text);
  }

  @Test
  void handlingsIdAcceptsThePrintedHidPrefix() {
    assertThat(HandlingsId.parse("Hid: 2025.2708")).isEqualTo(new HandlingsId(2025, 2708));
    assertThat(HandlingsId.parse("Hid:2025.2755")).hasToString("2025.2755");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-1184", "25/1184", "2025/", "2025/0", "abc"})
  void refusesMalformedDiarienummerNamingTheField(String text) {
    assertThatThrownBy(() -> Diarienummer.parse(text)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Diarienummer:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025/1184-", "2025/1184-3,9", "2025/1184-x"})
  void refusesMalformedKlassificering(String text) {
    assertThatThrownBy(() -> Arendenummer.parse(text)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Klassificering:");
  }

  @Test
  void sortsDiarienummerByYearThenNumber() {
    assertThat(Diarienummer.parse("2024/1314")).isLessThan(Diarienummer.parse("2025/31"));
    assertThat(Diarienummer.parse("2025/31")).isLessThan(Diarienummer.parse("2025/1184"));
  }
}
