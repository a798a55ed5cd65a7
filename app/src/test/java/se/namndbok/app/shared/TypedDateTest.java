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
  void acceptsTheMonthInSwedishWordsAndAYearAfterTheDayAndMonth() {
    LocalDate expected = LocalDate.of(2025, 10, 15);
    for (String typed : new String[] {"15 okt", "15 oktober", "15 Okt.", "15. okt", "15 OKTOBER", "15 okt 2025",
        "15 okt. 2025", "15 oktober, 2025", "15/10 2025", "15/10-2025"}) {
      assertThat(TypedDate.parse(typed, "Datum", TODAY)).as(typed).isEqualTo(expected);
    }
    assertThat(TypedDate.parse("5 mars", "Datum", TODAY)).isEqualTo(LocalDate.of(2025, 3, 5));
    assertThat(TypedDate.parse("5 maj", "Datum", TODAY)).isEqualTo(LocalDate.of(2025, 5, 5));
    assertThat(TypedDate.parse("30 sept 2024", "Datum", TODAY)).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(TypedDate.parse("1 jan 2026", "Datum", TODAY)).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(TypedDate.parse("24/12-2024", "Datum", TODAY)).isEqualTo(LocalDate.of(2024, 12, 24));
  }

  @Test
  void aDayAndMonthThatLooksBackTypedInJanuaryForDecemberIsLastDecember() {
    LocalDate january = LocalDate.of(2026, 1, 5);

    assertThat(TypedDate.parse("28/12", "Beslutsdatum", january, TypedDate.YearOmitted.RECENT))
        .isEqualTo(LocalDate.of(2025, 12, 28));
    assertThat(TypedDate.normalize("28 dec", january, TypedDate.YearOmitted.RECENT)).isEqualTo("2025-12-28");
    assertThat(TypedDate.parse("2/1", "Beslutsdatum", january, TypedDate.YearOmitted.RECENT))
        .isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(TypedDate.parse("20/1", "Beslutsdatum", january, TypedDate.YearOmitted.RECENT))
        .as("a slip of days into the future stays this year, where the field's rules can refuse it")
        .isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(TypedDate.parse("28/12 2026", "Beslutsdatum", january, TypedDate.YearOmitted.RECENT))
        .as("a typed year is kept").isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(TypedDate.parse("28/12", "Beslutsdatum", january)).as("the rule of fields that name none")
        .isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void aDayAndMonthThatLooksForwardTypedInOctoberForJanuaryIsNextJanuary() {
    LocalDate october = LocalDate.of(2026, 10, 5);

    assertThat(TypedDate.parse("15/1", "Datum", october, TypedDate.YearOmitted.COMING))
        .isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(TypedDate.parse("20 juni", "Datum", october, TypedDate.YearOmitted.COMING))
        .isEqualTo(LocalDate.of(2027, 6, 20));
    assertThat(TypedDate.parse("1/10", "Datum", october, TypedDate.YearOmitted.COMING))
        .isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(TypedDate.parse("12/11", "Datum", october, TypedDate.YearOmitted.COMING))
        .isEqualTo(LocalDate.of(2026, 11, 12));
  }

  @Test
  void aDayAndMonthThatFollowsAnotherDateIsTheFirstSuchDayOnOrAfterIt() {
    LocalDate beslut = LocalDate.of(2025, 6, 30);

    assertThat(TypedDate.parse("3/7", "Erbjudanden", beslut, TypedDate.YearOmitted.ON_OR_AFTER))
        .isEqualTo(LocalDate.of(2025, 7, 3));
    assertThat(TypedDate.parse("30 juni", "Erbjudanden", beslut, TypedDate.YearOmitted.ON_OR_AFTER))
        .as("the day itself").isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(TypedDate.parse("14/2", "Erbjudanden", beslut, TypedDate.YearOmitted.ON_OR_AFTER))
        .isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(TypedDate.normalize("29/6", beslut, TypedDate.YearOmitted.ON_OR_AFTER)).isEqualTo("2026-06-29");
    assertThat(TypedDate.parse("3/7 2024", "Erbjudanden", beslut, TypedDate.YearOmitted.ON_OR_AFTER))
        .as("a typed year is kept, for the field's rules to refuse").isEqualTo(LocalDate.of(2024, 7, 3));
  }

  @Test
  void refusesWhatIsNoDateNamingTheFieldInSwedish() {
    for (String bad : new String[] {"2025-02-30", "20251345", "31/11", "15.10", "15 oct", "15 ok",
        "31 nov", "15 okt 25", "15/10 25", "2025/10/15", "okt 15"}) {
      assertThatThrownBy(() -> TypedDate.parse(bad, "Beslutsdatum", TODAY)).as(bad)
          .isInstanceOf(ValidationException.class)
          .hasMessage("Beslutsdatum: \"" + bad + "\" är inget datum; skriv t.ex. 2025-10-23, 20251023, 23/10 eller "
              + "23 okt");
    }
  }

  @Test
  void normalizesADateToIsoAndLeavesOtherTextAsTyped() {
    assertThat(TypedDate.normalize("20251015", TODAY)).isEqualTo("2025-10-15");
    assertThat(TypedDate.normalize("15/10", TODAY)).isEqualTo("2025-10-15");
    assertThat(TypedDate.normalize("15 okt", TODAY)).isEqualTo("2025-10-15");
    assertThat(TypedDate.normalize("15 oct", TODAY)).isEqualTo("15 oct");
    assertThat(TypedDate.normalize(null, TODAY)).isNull();
  }
}
