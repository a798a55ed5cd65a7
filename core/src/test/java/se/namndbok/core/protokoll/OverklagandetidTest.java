package se.namndbok.core.protokoll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The anslag's dates by kommunallagen 13 kap. 5 § (three weeks from the day posted) and lag (1930:173) (a last day
 * on a Saturday, Sunday, helgdag, midsommarafton, julafton or nyårsafton moves to the next weekday); taken down
 * the day after; warnings by 5 kap. 69 §/6 kap. 35 § and 8 kap. 12 §.
 */
class OverklagandetidTest {

  @Test
  void anOrdinaryThursdayIsTheLastDayThreeWeeksLater() {
    assertThat(Overklagandetid.sistaDag(LocalDate.of(2025, 10, 2))).isEqualTo(LocalDate.of(2025, 10, 23));
    assertThat(Overklagandetid.nedtagning(LocalDate.of(2025, 10, 2))).isEqualTo(LocalDate.of(2025, 10, 24));
  }

  @Test
  void aLastDayOnASaturdayMovesToMonday() {
    // posted Saturday 2025-10-04: three weeks later is Saturday 2025-10-25
    assertThat(Overklagandetid.sistaDag(LocalDate.of(2025, 10, 4))).isEqualTo(LocalDate.of(2025, 10, 27));
    assertThat(Overklagandetid.nedtagning(LocalDate.of(2025, 10, 4))).isEqualTo(LocalDate.of(2025, 10, 28));
  }

  @Test
  void aLastDayOnJuldagenMovesPastAnnandagJulAndTheWeekend() {
    // 2025-12-25 juldagen (Thursday), 26 annandag jul, 27–28 weekend: Monday 29 December
    assertThat(Overklagandetid.sistaDag(LocalDate.of(2025, 12, 4))).isEqualTo(LocalDate.of(2025, 12, 29));
    // julafton counts as a helgdag for lagstadgad tid
    assertThat(Overklagandetid.sistaDag(LocalDate.of(2025, 12, 3))).isEqualTo(LocalDate.of(2025, 12, 29));
  }

  @Test
  void aLastDayOnLangfredagenMovesPastEasterToTheTuesday() {
    // 2026: långfredag 3 April, påskdagen 5, annandag påsk 6 April
    assertThat(Overklagandetid.sistaDag(LocalDate.of(2026, 3, 13))).isEqualTo(LocalDate.of(2026, 4, 7));
  }

  @Test
  void midsommaraftonAndKristiHimmelfardsdagAreNotLastDays() {
    // midsommarafton 2026 is Friday 19 June
    assertThat(Overklagandetid.sistaDag(LocalDate.of(2026, 5, 29))).isEqualTo(LocalDate.of(2026, 6, 22));
    // Kristi himmelfärdsdag 2026 is Thursday 14 May
    assertThat(Overklagandetid.sistaDag(LocalDate.of(2026, 4, 23))).isEqualTo(LocalDate.of(2026, 5, 15));
    // nationaldagen 6 June 2025 is a Friday
    assertThat(Overklagandetid.sistaDag(LocalDate.of(2025, 5, 16))).isEqualTo(LocalDate.of(2025, 6, 9));
  }

  @Test
  void easterSundayIsComputedForKnownYears() {
    assertThat(Overklagandetid.paskdagen(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(Overklagandetid.paskdagen(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(Overklagandetid.paskdagen(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
  }

  @Test
  void warnsWhenPostedMoreThanTwoDaysAfterJustering() {
    LocalDate mote = LocalDate.of(2025, 9, 25);
    LocalDate justering = LocalDate.of(2025, 10, 1);
    assertThat(Overklagandetid.varningar(mote, justering, LocalDate.of(2025, 10, 3))).isEmpty();
    assertThat(Overklagandetid.varningar(mote, justering, LocalDate.of(2025, 10, 4))).singleElement()
        .asString().contains("mer än två dagar efter justeringen").contains("8 kap. 12 §");
  }

  @Test
  void warnsWhenJusteratMoreThanFourteenDaysAfterTheMeeting() {
    LocalDate mote = LocalDate.of(2025, 9, 25);
    assertThat(Overklagandetid.varningar(mote, LocalDate.of(2025, 10, 9), null)).isEmpty();
    assertThat(Overklagandetid.varningar(mote, LocalDate.of(2025, 10, 10), null)).singleElement()
        .asString().contains("mer än 14 dagar efter sammanträdet");
  }
}
