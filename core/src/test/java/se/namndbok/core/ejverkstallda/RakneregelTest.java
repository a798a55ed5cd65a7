package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.core.ejverkstallda.Beslut.avbrott;
import static se.namndbok.core.ejverkstallda.Beslut.avslutat;
import static se.namndbok.core.ejverkstallda.Beslut.beslut;
import static se.namndbok.core.ejverkstallda.Beslut.skal;
import static se.namndbok.core.ejverkstallda.Beslut.verkstallt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RakneregelTest {
  private static final Kvartal Q1_2026 = Kvartal.parse("2026Q1");
  private static final Kvartal Q2 = Kvartal.parse("2025Q2");

  @Test
  void fristClampsToTheEndOfAShorterMonth() {
    assertThat(Rakneregel.frist(LocalDate.parse("2025-11-30"))).isEqualTo("2026-02-28");
    assertThat(Rakneregel.frist(LocalDate.parse("2023-11-30"))).isEqualTo("2024-02-29");
    assertThat(Rakneregel.frist(LocalDate.parse("2025-01-15"))).isEqualTo("2025-04-15");
  }

  @Test
  void clampedFristOnTheLastDayOfTheQuarterIsReportedInThatQuarter() {
    GynnandeBeslut b = beslut("a", "2025-12-31");

    assertThat(b.frist()).isEqualTo("2026-03-31");
    assertThat(Rakneregel.ingar(b, Q1_2026)).isTrue();
    assertThat(Rakneregel.ingar(b, Q1_2026.previous())).isFalse();
  }

  @Test
  void verkstalltOnTheFristDayIsNotReported() {
    GynnandeBeslut b = verkstallt(beslut("a", "2025-01-15"), "2025-04-15");

    assertThat(Rakneregel.ingar(b, Q2)).isFalse();
  }

  @Test
  void verkstalltTheDayAfterTheFristIsReportedAsVerkstallt() {
    GynnandeBeslut b = verkstallt(beslut("a", "2025-01-15"), "2025-04-16");

    assertThat(Rakneregel.rapporteras(b, Q2)).contains(new Status.Verkstallt());
  }

  @Test
  void fristAfterTheQuarterIsNotReportedYet() {
    GynnandeBeslut b = beslut("a", "2025-04-01");

    assertThat(b.frist()).isEqualTo("2025-07-01");
    assertThat(Rakneregel.ingar(b, Q2)).isFalse();
    assertThat(Rakneregel.ingar(b, Q2.next())).isTrue();
  }

  @Test
  void avbrottStartsTheThreeMonthsAgain() {
    GynnandeBeslut b = avbrott(beslut("a", "2024-06-01"), "2025-04-10");

    assertThat(b.frist()).isEqualTo("2025-07-10");
    assertThat(Rakneregel.ingar(b, Q2)).isFalse();
    assertThat(Rakneregel.ingar(b, Q2.next())).isTrue();
    assertThat(Rakneregel.ingar(avbrott(beslut("b", "2024-06-01"), "2025-03-10"), Q2)).isTrue();
  }

  @Test
  void verkstalltBeforeTheQuarterIsNotReported() {
    GynnandeBeslut b = verkstallt(beslut("a", "2024-12-01"), "2025-03-31");

    assertThat(Rakneregel.ingar(b, Q2)).isFalse();
    assertThat(Rakneregel.ingar(b, Q2.previous())).isTrue();
  }

  @Test
  void closedBeforeTheQuarterIsNotReportedButClosedOnItsFirstDayIs() {
    GynnandeBeslut before = avslutat(beslut("a", "2024-12-01"), "2025-03-31", Avslutsorsak.AVLIDEN);
    GynnandeBeslut firstDay = avslutat(beslut("b", "2024-12-01"), "2025-04-01", Avslutsorsak.AVLIDEN);

    assertThat(Rakneregel.ingar(before, Q2)).isFalse();
    assertThat(Rakneregel.rapporteras(firstDay, Q2)).contains(new Status.Avslutat(Avslutsorsak.AVLIDEN));
  }

  @Test
  void statusIsTakenAtTheRapporteringsdatum() {
    GynnandeBeslut later = verkstallt(skal(beslut("a", "2025-01-15"), Skal.PLATSBRIST), "2025-07-01");

    assertThat(Rakneregel.rapporteras(later, Q2)).contains(new Status.EjVerkstallt(Skal.PLATSBRIST));
    assertThat(Rakneregel.rapporteras(later, Q2.next())).contains(new Status.Verkstallt());
  }

  @Test
  void noSkalCountsAsOvrigt() {
    assertThat(Rakneregel.status(beslut("a", "2025-01-15"), Q2)).isEqualTo(new Status.EjVerkstallt(Skal.OVRIGT));
  }

  @Test
  void verkstalltWinsOverAvslutatWhenBothAreByTheRapporteringsdatum() {
    GynnandeBeslut b = avslutat(verkstallt(beslut("a", "2025-01-15"), "2025-05-01"), "2025-06-01",
        Avslutsorsak.EGEN_BEGARAN);

    assertThat(Rakneregel.status(b, Q2)).isEqualTo(new Status.Verkstallt());
  }
}
