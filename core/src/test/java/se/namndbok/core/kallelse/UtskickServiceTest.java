package se.namndbok.core.kallelse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/** Sending a kallelse keeps exactly what was sent; later changes make it "ändrad efter utskick". */
class UtskickServiceTest {
  private TestStore store;
  private UtskickService utskick;
  private Sammantrade mote;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    new BoardFixture(store).namnd();
    utskick = store.core().utskick();
    mote = store.core().sammantraden().create(new NyttSammantrade(null, LocalDate.of(2025, 11, 20),
        LocalTime.of(8, 15), "Stadshuset"));
    punkt("Information från ordföranden");
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void punkt(String rubrik) {
    store.core().arendelista().add(mote.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, rubrik,
        ForslagAv.FORVALTNINGEN, PunktTexter.INGA, false, null));
  }

  @Test
  void aSentKallelseReadsBackByteForByteWithItsSha256() {
    Utskick u = utskick.skickaUt(mote.id());

    assertThat(u.version()).isEqualTo(1);
    assertThat(u.skickadAv()).isEqualTo("testare");
    byte[] pdf = utskick.pdf(mote.id(), 1, false);
    byte[] offentlig = utskick.pdf(mote.id(), 1, true);
    assertThat(FileStore.sha256(pdf)).isEqualTo(u.pdfSha256());
    assertThat(FileStore.sha256(offentlig)).isEqualTo(u.offentligSha256());
    assertThat(pdf).hasSize((int) u.pdfStorlek());
    assertThat(new String(offentlig)).contains("OFFENTLIG");
    assertThat(store.core().sammantraden().require(mote.id()).status()).isEqualTo(SammantradeStatus.UTSKICKAT);
    assertThat(utskick.lage(mote.id()).andradEfterUtskick()).isFalse();
  }

  @Test
  void aChangeAfterTheUtskickShowsAndSendingAgainMakesANewVersionKeepingTheFirst() {
    utskick.skickaUt(mote.id());
    byte[] forsta = utskick.pdf(mote.id(), 1, false);

    punkt("Extra ärende efter utskick");

    assertThat(utskick.lage(mote.id()).andradEfterUtskick()).isTrue();
    Utskick andra = utskick.skickaUt(mote.id());
    assertThat(andra.version()).isEqualTo(2);
    assertThat(utskick.lage(mote.id()).andradEfterUtskick()).isFalse();
    assertThat(utskick.lage(mote.id()).versioner()).hasSize(2);
    assertThat(utskick.pdf(mote.id(), 1, false)).isEqualTo(forsta);
    assertThat(new String(forsta)).doesNotContain("ersätter");
    assertThat(new String(utskick.pdf(mote.id(), 2, false))).as("told the version it replaces")
        .contains("ersätter version 1");
    assertThat(new String(utskick.pdf(mote.id(), 2, true))).contains("ersätter version 1");
    assertThat(new String(utskick.pdf(mote.id(), 2, false))).contains("Extra ärende efter utskick");
    assertThat(new String(forsta)).doesNotContain("Extra ärende");
  }

  /**
   * Sent again unchanged, the kallelse would reach the members as "Reviderad kallelse, version 2" with nothing
   * revised (found by a walk): refused, nothing stored, until the kallelse has changed.
   */
  @Test
  void anUnchangedKallelseIsNotSentAgain() {
    Utskick forsta = utskick.skickaUt(mote.id());

    assertThatThrownBy(() -> utskick.skickaUt(mote.id())).isInstanceOf(OforandradKallelseException.class)
        .isInstanceOf(ValidationException.class)
        .hasMessage("Kallelsen är oförändrad sedan version 1 skickades ut " + forsta.skickad().toLocalDate()
            + "; inget nytt utskick behövs.");
    assertThat(utskick.lage(mote.id()).versioner()).as("nothing stored").extracting(Utskick::version)
        .containsExactly(1);

    punkt("Extra ärende efter utskick");
    assertThat(utskick.skickaUt(mote.id()).version()).isEqualTo(2);
    assertThatThrownBy(() -> utskick.skickaUt(mote.id())).hasMessageStartingWith(
        "Kallelsen är oförändrad sedan version 2 skickades ut ");
    assertThat(utskick.lage(mote.id()).versioner()).hasSize(2);
  }

  @Test
  void whatIsRegisteredAfterTheUtskickWaitsForTheFollowingMeeting() {
    Sammantrade december = store.core().sammantraden().create(new NyttSammantrade(null, LocalDate.of(2025, 12, 18),
        LocalTime.of(8, 15), "Stadshuset"));
    assertThat(store.core().sammantraden().nastaForAnmalan(LocalDate.of(2025, 11, 3))).contains(
        store.core().sammantraden().require(mote.id()));

    utskick.skickaUt(mote.id());

    assertThat(store.core().sammantraden().nastaForAnmalan(LocalDate.of(2025, 11, 3)).orElseThrow().id())
        .isEqualTo(december.id());
  }
}
