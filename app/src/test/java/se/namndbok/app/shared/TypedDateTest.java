package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.namndbok.core.shared.ValidationException;

class TypedDateTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 11, 3);

  @Test
  void acceptsIsoCompactAndDayMonthOfThisYear() {
    LocalDate expected = LocalDate.of(2025, 10, 15);
    assertThat(TypedDate.parse("2025-10-15", "Datum", TODAY)).isEqualTo(expected);
    assertThat(TypedDate.parse(" 20251015 ", "Datum", TODAY)).isEqualTo(expected);
    assertThat(TypedDate.parse("15/10", "Datum", TODAY)).isEqualTo(expected);
    assertThat(TypedDate.parse("5/1", "Datum", TODAY)).isEqualTo(LocalDate.of(2025, 1, 5));
    assertThat(TypedDate.parse("2025-1-5", "Datum", TODAY)).isEqualTo(LocalDate.of(2025, 1, 5));
    assertThat(TypedDate.parse("  ", "Datum", TODAY)).isNull();
  }

  @Test
  void refusesWhatIsNoDateNamingTheFieldInSwedish() {
    for (String bad : new String[] {"2025-02-30", "20251345", "31/11", "15.10", "15 okt", "2025/10/15"}) {
      assertThatThrownBy(() -> TypedDate.parse(bad, "Beslutsdatum", TODAY)).isInstanceOf(ValidationException.class)
          .hasMessage("Beslutsdatum: \"" + bad + "\" är inget datum; skriv t.ex. 2025-10-23, 20251023 eller 23/10");
    }
  }

  @Test
  void normalizesADateToIsoAndLeavesOtherTextAsTyped() {
    assertThat(TypedDate.normalize("20251015", TODAY)).isEqualTo("2025-10-15");
    assertThat(TypedDate.normalize("15/10", TODAY)).isEqualTo("2025-10-15");
    assertThat(TypedDate.normalize("15 okt", TODAY)).isEqualTo("15 okt");
    assertThat(TypedDate.normalize(null, TODAY)).isNull();
  }
}
