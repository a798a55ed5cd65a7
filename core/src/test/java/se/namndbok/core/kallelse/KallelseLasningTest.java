package se.namndbok.core.kallelse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.testing.Satsraknare;
import se.namndbok.core.testing.StortSammantrade;
import se.namndbok.core.testing.TestStore;

/**
 * Reading a meeting for its kallelse costs a fixed number of statements, whatever the number of items: each
 * table is read once for the meeting, not once per punkt (issue 10, point 4), and each item still carries what
 * the item-by-item finders say it has.
 */
class KallelseLasningTest {
  private static final long SEED = 20261202L;
  private static TestStore store;
  private static Sammantrade tre;
  private static Sammantrade sextio;

  @BeforeAll
  static void demoBoardWithASmallAndALargeMeeting() {
    store = TestStore.create();
    store.loadDemo();
    StortSammantrade stort = new StortSammantrade(store.core());
    tre = stort.skapa(LocalDate.of(2026, 1, 15), 3, SEED);
    sextio = stort.skapa(LocalDate.of(2026, 2, 12), 60, SEED);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void aSixtyItemMeetingIsReadWithAsManyStatementsAsAThreeItemMeeting() {
    Satsraknare.Utfall<KallelseUnderlag> litet = lasa(tre);
    Satsraknare.Utfall<KallelseUnderlag> stort = lasa(sextio);

    assertThat(litet.varde().punkter()).as("seed %d", SEED).hasSize(3);
    assertThat(stort.varde().punkter()).as("seed %d", SEED).hasSize(60);
    assertThat(stort.antal()).as("seed %d: statements for 60 items %s", SEED, stort.satser())
        .isEqualTo(litet.antal());
  }

  @Test
  void theDemoMeetingIsReadWithNoStatementPerItem() {
    Satsraknare.Utfall<KallelseUnderlag> demo = new Satsraknare(store).rakna(
        () -> store.core().kallelse().underlag(LocalDate.of(2025, 10, 23)));

    assertThat(demo.varde().punkter()).hasSize(19);
    assertThat(demo.satser()).as("no statement runs once per item").allSatisfy((sql, n) -> assertThat(n).isLessThan(19));
  }

  @Test
  void eachItemHasWhatTheItemByItemFindersSay() {
    for (KallelseUnderlag k : List.of(store.core().kallelse().underlag(sextio.id()),
        store.core().kallelse().underlag(LocalDate.of(2025, 10, 23)))) {
      for (KallelsePunkt p : k.punkter()) {
        String at = "seed " + SEED + ", " + k.sammantrade().datum() + " punkt " + p.nummer();
        assertThat(p.arende()).as(at).isEqualTo(
            p.punkt().innehall().arendeId() == null ? null : arenden().findById(p.punkt().innehall().arendeId()).get());
        assertThat(p.beslutsunderlag()).as(at).isEqualTo(store.core().underlag().beslutsunderlag(p.punkt().id())
            .stream().map(b -> new UnderlagRad(b.handlingId() == null ? null : handling(b.handlingId()), b.text()))
            .toList());
        assertThat(p.bilagor()).as(at).isEqualTo(store.core().underlag().bilagor(p.punkt().id()).stream()
            .map(b -> handling(b.handlingId())).toList());
      }
      assertThat(k.punkter()).extracting(KallelsePunkt::punkt)
          .isEqualTo(store.core().arendelista().punkter(k.sammantrade().id()));
    }
  }

  private static ArendeService arenden() {
    return store.core().arenden();
  }

  private static Handling handling(long id) {
    return arenden().findHandling(id).orElseThrow();
  }

  private static Satsraknare.Utfall<KallelseUnderlag> lasa(Sammantrade s) {
    return new Satsraknare(store).rakna(() -> store.core().kallelse().underlag(s.id()));
  }
}
