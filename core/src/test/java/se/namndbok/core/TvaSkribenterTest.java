package se.namndbok.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.StaleException;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;
import se.namndbok.core.testing.TextRenderers;

/**
 * No lost update: two people (two windows, each with its own services, on one store) open the same record; the
 * first saves; the second's save, made from what it read before, is refused naming the first and the time, and
 * the first's change is kept. Read again, the second can save.
 */
class TvaSkribenterTest {
  private TestStore store;
  private CoreServices anna;
  private CoreServices bertil;
  private Sammantrade mote;

  @BeforeEach
  void twoWindows() {
    store = TestStore.create();
    BoardFixture f = new BoardFixture(store);
    f.namnd();
    mote = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    f.arende("2025/146", "Månadsrapport");
    anna = new CoreServices(store.db(), at("2025-11-03T13:02:00Z", "anna"), TextRenderers.create());
    bertil = new CoreServices(store.db(), at("2025-11-03T13:05:00Z", "bertil"), TextRenderers.create());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Clock at(String instant, String user) {
    return new Clock(java.time.Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Stockholm")), user);
  }

  private static ArendepunktInnehall forslag(String text) {
    return new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, "Månadsrapport", ForslagAv.FORVALTNINGEN,
        new PunktTexter(text, null, null, null, null, null), false, null);
  }

  @Test
  void theSecondSaveOfAPunktIsRefusedNamingWhoAndWhenAndNothingIsLost() {
    long id = anna.arendelista().add(mote.id(), forslag("")).id();
    Arendepunkt annaLaste = anna.arendelista().require(id);
    Arendepunkt bertilLaste = bertil.arendelista().require(id);

    anna.arendelista().update(id, annaLaste.version(), forslag("Annas förslag till beslut"));

    assertThatThrownBy(() -> bertil.arendelista().update(id, bertilLaste.version(), forslag("Bertils förslag")))
        .isInstanceOf(StaleException.class)
        .hasMessage("Punkten ändrades av anna kl. 14:02 efter att du öppnade den.");
    assertThat(store.core().arendelista().require(id).innehall().texter().forslag())
        .isEqualTo("Annas förslag till beslut");

    Arendepunkt igen = bertil.arendelista().require(id);
    assertThat(bertil.arendelista().update(id, igen.version(), forslag("Bertils förslag")).innehall().texter()
        .forslag()).isEqualTo("Bertils förslag");
  }

  @Test
  void theSameHoldsForAnAnmalanAnArendeAndAMeeting() {
    Delegationsbeslut b = anna.delegationsbeslut().register(new NyttDelegationsbeslut("2025/146", null,
        "MAS/MAR/SAS", null, LocalDate.of(2025, 10, 30), "Avtal", false));
    anna.delegationsbeslut().update(b.id(), b.version(), new NyttDelegationsbeslut("2025/146", null, "MAS/MAR/SAS",
        null, LocalDate.of(2025, 10, 30), "Avtal (rättat)", false));
    assertThatThrownBy(() -> bertil.delegationsbeslut().update(b.id(), b.version(), new NyttDelegationsbeslut(
        "2025/146", null, "MAS/MAR/SAS", null, LocalDate.of(2025, 10, 30), "Annat", false)))
        .hasMessage("Delegationsbeslutet ändrades av anna kl. 14:02 efter att du öppnade det.");

    Arende a = anna.arenden().find(se.namndbok.core.arende.Diarienummer.parse("2025/146")).orElseThrow();
    anna.arenden().update(new Arende(a.id(), a.diarienummer(), a.klassificering(), "Ny rubrik", a.status(),
        a.handlaggare(), a.sekretess(), a.registrerad(), a.sekretessgrundId(), a.version()));
    assertThatThrownBy(() -> bertil.arenden().update(new Arende(a.id(), a.diarienummer(), a.klassificering(),
        "Bertils rubrik", a.status(), a.handlaggare(), a.sekretess(), a.registrerad(), a.sekretessgrundId(), a.version())))
        .hasMessage("Ärendet ändrades av anna kl. 14:02 efter att du öppnade det.");

    anna.sammantraden().update(mote.id(), mote.version(), new NyttSammantrade(null, mote.datum(), LocalTime.of(9, 0),
        mote.plats()));
    assertThatThrownBy(() -> bertil.sammantraden().update(mote.id(), mote.version(), new NyttSammantrade(null,
        mote.datum(), LocalTime.of(10, 0), mote.plats()))).isInstanceOf(StaleException.class);
    assertThat(store.core().sammantraden().require(mote.id()).tid()).isEqualTo(LocalTime.of(9, 0));
  }
}
