package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.namndbok.core.shared.ValidationException;

class KvartalTest {

  @Test
  void parsesAndPrintsTheQuarter() {
    Kvartal q = Kvartal.parse("2025Q2");

    assertThat(q).isEqualTo(new Kvartal(2025, 2)).hasToString("2025Q2");
    assertThat(q.forstaDag()).isEqualTo("2025-04-01");
    assertThat(q.sistaDag()).isEqualTo("2025-06-30");
  }

  @Test
  void previousCrossesTheYear() {
    assertThat(Kvartal.parse("2025Q1").previous()).isEqualTo(Kvartal.parse("2024Q4"));
    assertThat(Kvartal.parse("2024Q4").sistaDag()).isEqualTo("2024-12-31");
    assertThat(Kvartal.parse("2024Q4").next()).isEqualTo(Kvartal.parse("2025Q1"));
  }

  @Test
  void refusesWhatIsNotAQuarterInSwedish() {
    assertThatThrownBy(() -> Kvartal.parse("2025Q5")).isInstanceOf(ValidationException.class)
        .hasMessage("Kvartal: \"2025Q5\" är inget kvartal; skriv t.ex. 2025Q2");
  }
}
