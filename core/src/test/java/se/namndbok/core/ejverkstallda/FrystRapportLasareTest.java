package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import se.namndbok.core.testing.TestStore;

class FrystRapportLasareTest {
  @Test
  void aFrozenReportReadsBackAsTheFiguresThatWereFrozen() {
    try (TestStore store = TestStore.create()) {
      store.core().demo().loadStatistik();
      Insatskatalog katalog = store.core().insatser().katalog();
      for (Lag lag : Lag.values()) {
        Kvartalsrapport r = store.core().kvartalsrapporter().rapport(lag, Kvartal.parse("2025Q2"));
        FrystRapport f = new FrystRapport(lag, r.kvartal(), KvartalsrapportJson.write(r), r.summa().summa(),
            LocalDateTime.of(2025, 7, 10, 9, 0), "testare");

        Kvartalsrapport last = FrystRapportLasare.las(f, katalog);

        assertThat(last.rader()).as(lag.kod()).isEqualTo(r.rader());
        assertThat(last.omraden()).isEqualTo(r.omraden());
        assertThat(last.summa()).isEqualTo(r.summa());
        assertThat(last.status()).isEqualTo(r.status());
      }
    }
  }
}
