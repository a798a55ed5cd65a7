package se.namndbok.core.kallelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.demo.DemoBoard;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.testing.TestStore;

/** A kallelse read of the demo meeting computes the quarterly report of each STATISTIK item in the same read. */
class KallelseStatistikTest {
  private static TestStore store;
  private static List<KallelsePunkt> punkter;

  @BeforeAll
  static void demoMeetingWithItsDecisions() {
    store = TestStore.create();
    store.loadDemo();
    punkter = store.core().kallelse()
        .underlag(LocalDate.of(2025, 10, 23)).punkter();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void item8CarriesTheComputedSolReport() {
    KallelsePunkt p = punkter.get(7);
    assertThat(p.punkt().typ()).isEqualTo(ArendepunktTyp.STATISTIK);
    assertThat(p.statistik().lag()).isEqualTo(Lag.SOL);
    assertThat(p.statistik().kvartal()).isEqualTo(Kvartal.parse("2025Q2"));
    assertThat(List.of(p.statistik().summa().kvinnor(), p.statistik().summa().man(), p.statistik().summa().summa()))
        .containsExactly(44, 38, 82);
    assertThat(p.statistik().jamforelse()).extracting(j -> j.summa()).containsExactly(95, 86, 82);
  }

  @Test
  void item9CarriesTheComputedLssReport() {
    assertThat(punkter.get(8).statistik().lag()).isEqualTo(Lag.LSS);
    assertThat(punkter.get(8).statistik().summa().summa()).isEqualTo(51);
  }

  @Test
  void otherItemsHaveNoReport() {
    assertThat(punkter).filteredOn(p -> p.punkt().typ() != ArendepunktTyp.STATISTIK)
        .isNotEmpty().allSatisfy(p -> assertThat(p.statistik()).isNull());
  }
}
