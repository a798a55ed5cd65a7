package se.namndbok.core.sammantrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/** Meetings; the test clock's today is 2025-11-03. */
class SammantradeServiceTest {
  private TestStore store;
  private BoardFixture f;
  private SammantradeService service;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    f = new BoardFixture(store);
    f.namnd();
    service = store.core().sammantraden();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private java.util.Optional<Sammantrade> nasta(LocalDate datum) {
    java.util.Optional<Sammantrade> found = service.nastaForAnmalan(datum);
    return found;
  }

  @Test
  void reportsGoToTheFirstPlannedMeetingAfterBothTheDateAndToday() {
    f.mote("2025-10-23", SammantradeStatus.PLANERAT);
    f.mote("2025-11-03", SammantradeStatus.PLANERAT);
    Sammantrade nov = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    Sammantrade dec = f.mote("2025-12-11", SammantradeStatus.PLANERAT);

    assertThat(nasta(LocalDate.of(2025, 10, 1))).contains(nov);
    assertThat(nasta(LocalDate.of(2025, 11, 20))).contains(dec);
    assertThat(nasta(LocalDate.of(2025, 12, 11))).isEmpty();
    assertThat(service.nastaEjGenomforda()).map(Sammantrade::datum).contains(LocalDate.of(2025, 11, 3));
  }

  @Test
  void heldMeetingsAndCommitteeMeetingsAreNeverAssigned() {
    f.mote("2025-11-06", SammantradeStatus.GENOMFORT);
    Sammantrade nov = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    assertThat(nasta(LocalDate.of(2025, 11, 1))).contains(nov);
  }

  @Test
  void refusesASecondMeetingTheSameDayAndMissingFields() {
    f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    assertThatThrownBy(() -> service.create(new NyttSammantrade(null, LocalDate.of(2025, 11, 20), LocalTime.NOON, "Rum")))
        .hasMessage("Datum: det finns redan ett sammanträde 2025-11-20");
    assertThatThrownBy(() -> service.create(new NyttSammantrade(null, null, null, "")))
        .hasMessage("Datum: måste fyllas i\nTid: måste fyllas i\nPlats: måste fyllas i");
  }

  @Test
  void deletesOnlyAnEmptyMeeting() {
    Sammantrade s = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    store.core().arendelista().add(s.id(), new ArendepunktInnehall(ArendepunktTyp.UPPROP,
        null, "Upprop", null, PunktTexter.INGA, false, null));
    assertThatThrownBy(() -> service.delete(s.id())).hasMessageContaining("har ärendepunkter");
    Sammantrade empty = f.mote("2025-12-11", SammantradeStatus.PLANERAT);
    service.delete(empty.id());
    assertThat(service.all()).extracting(Sammantrade::id).containsExactly(s.id());
  }
}
