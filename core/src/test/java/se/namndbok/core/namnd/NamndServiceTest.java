package se.namndbok.core.namnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.audit.Atgard;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;

class NamndServiceTest {
  private TestStore store;
  private NamndService service;
  private DelegatService delegater;

  @BeforeEach
  void open() {
    store = TestStore.create();
    service = store.core().namnd();
    delegater = store.core().delegater();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aFreshStoreIsEmptyUntilABoardIsCreated() {
    assertThat(service.isEmpty()).isTrue();
    assertThat(service.current()).isEmpty();

    Namnd n = service.create(new NyNamnd(" Socialnämnden ", "Luleå kommun", "Socialförvaltningen"));

    assertThat(service.isEmpty()).isFalse();
    assertThat(service.current()).contains(n);
    assertThat(n.namn()).isEqualTo("Socialnämnden");
    assertThat(n.lagrumSol()).isEqualTo("16 kap. 6 f–6 h §§ socialtjänstlagen (2001:453)");
    assertThat(n.lagrumLss()).isEqualTo("28 f–28 h §§ lagen (1993:387) om stöd och service till vissa funktionshindrade");
    assertThatThrownBy(() -> service.create(new NyNamnd("Andra", "K", "F")))
        .hasMessage("Nämnd: det finns redan en nämnd i datalagret");
  }

  @Test
  void refusesBlankFieldsNamingEachAndStoresNothing() {
    assertThatThrownBy(() -> service.create(new NyNamnd("", " ", null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Nämndens namn: måste fyllas i\nKommun: måste fyllas i\nFörvaltning: måste fyllas i");
    assertThat(service.isEmpty()).isTrue();
  }

  @Test
  void writesAnAuditLineWithTheBoard() {
    Namnd n = service.create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));

    var entries = store.core().audit().entriesFor("namnd", n.id());
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.atgard()).isEqualTo(Atgard.SKAPA);
      assertThat(e.anvandare()).isEqualTo("testare");
      assertThat(e.efter()).contains("Luleå kommun");
    });
  }

  @Test
  void editedLawReferencesAreKeptAndBlankOnesReturnToTheDefault() {
    Namnd n = service.create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
    Namnd changed = service.update(new Namnd(n.id(), "Socialnämnden", "Luleå kommun", "Socialförvaltningen",
        "16 kap. 6 f § socialtjänstlagen", " ", null, n.version()));
    assertThat(changed.lagrumSol()).isEqualTo("16 kap. 6 f § socialtjänstlagen");
    assertThat(changed.lagrumLss()).isEqualTo(NamndService.LAGRUM_LSS);
    assertThat(changed.skapad()).isEqualTo(n.skapad());
    assertThat(service.current()).contains(changed);
  }

  @Test
  void kallelseDetailsSavedFromWhatAColleagueHasSinceReplacedAreRefusedAndTheirsKept() {
    service.create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
    Kallelsekontakt shown = service.kontakt();
    Kallelsekontakt theirs = service.sparaKontakt(shown,
        new Kallelsekontakt("Anna Berg", "Nämndsekreterare", null, null, null, "S, M", null));

    assertThatThrownBy(() -> service.sparaKontakt(shown,
        new Kallelsekontakt("Bo Ek", null, "0920-45 30 00", null, null, null, null)))
        .isInstanceOf(se.namndbok.core.shared.StaleException.class)
        .hasMessageStartingWith("Avsnittet Kallelsen ändrades av testare kl. ");
    assertThat(service.kontakt()).isEqualTo(theirs);

    // the same details as theirs, with other spacing, are no conflict; nor is a save from what is stored now
    assertThat(service.sparaKontakt(shown,
        new Kallelsekontakt(" Anna Berg", "Nämndsekreterare ", "", null, null, "S, M", null))).isEqualTo(theirs);
    assertThat(service.sparaKontakt(theirs, new Kallelsekontakt("Bo Ek", null, null, null, null, null, null))
        .sekreterareNamn()).isEqualTo("Bo Ek");
    // an import replaces whatever is stored, as before
    assertThat(service.sparaKontakt(new Kallelsekontakt("Cecilia", null, null, null, null, null, null))
        .sekreterareNamn()).isEqualTo("Cecilia");
  }

  @Test
  void delegatesKeepTheirOrderThroughMovesAndRemovals() {
    service.create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
    Delegat eu = delegater.add("Socialnämndens enskilda utskott");
    Delegat vc = delegater.add("Verksamhetschef/avdelningschef");
    Delegat mas = delegater.add("MAS/MAR/SAS");
    delegater.moveTo(mas.id(), 0);
    assertThat(delegater.all()).extracting(Delegat::namn)
        .containsExactly("MAS/MAR/SAS", "Socialnämndens enskilda utskott", "Verksamhetschef/avdelningschef");
    delegater.remove(eu.id());
    assertThat(delegater.all()).extracting(Delegat::ordning).containsExactly(1, 2);
    delegater.rename(vc.id(), vc.version(), "Verksamhetschef");
    assertThat(delegater.all()).extracting(Delegat::namn).containsExactly("MAS/MAR/SAS", "Verksamhetschef");
    assertThatThrownBy(() -> delegater.add("mas/mar/sas"))
        .hasMessage("Delegat: det finns redan en delegat som heter mas/mar/sas");
  }

  @Test
  void seatsAreListedForTheDayOrdinarieFirst() {
    service.create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));
    LedamotService ledamoter = store.core().ledamoter();
    Ledamot ersattare = ledamoter.add("Erik", "Nilsson", "S");
    Ledamot ordf = ledamoter.add("Annika", "Lindqvist", "S");
    Ledamot gammal = ledamoter.add("Gun", "Gammal", "M");
    LocalDate fran = LocalDate.of(2023, 1, 1);
    LocalDate till = LocalDate.of(2026, 12, 31);
    ledamoter.addUppdrag(ersattare.id(), null, UppdragTyp.ERSATTARE, Roll.ERSATTARE, 1, fran, till);
    ledamoter.addUppdrag(ordf.id(), null, UppdragTyp.ORDINARIE, Roll.ORDFORANDE, 1, fran, till);
    ledamoter.addUppdrag(gammal.id(), null, UppdragTyp.ORDINARIE, Roll.LEDAMOT, 2, LocalDate.of(2019, 1, 1),
        LocalDate.of(2022, 12, 31));

    assertThat(ledamoter.platser(null, LocalDate.of(2025, 10, 23))).extracting(p -> p.ledamot().namn())
        .containsExactly("Annika Lindqvist", "Erik Nilsson");
    assertThatThrownBy(() -> ledamoter.addUppdrag(ordf.id(), null, UppdragTyp.ERSATTARE, Roll.ORDFORANDE, 1, till, fran))
        .hasMessage("Till: får inte vara tidigare än från-datumet (2026-12-31)\nRoll: en ersättare har rollen Ersättare");
    Ledamot renamed = ledamoter.update(new Ledamot(ersattare.id(), 0, "Erik", "Nilsson-Berg", "V", null, null, ersattare.version()));
    assertThat(ledamoter.all()).contains(renamed).extracting(Ledamot::parti).containsExactly("V", "S", "M");
    assertThatThrownBy(() -> ledamoter.add("Per", "Lund", "kd"))
        .hasMessage("Parti: skriv partiets förkortning med versaler, t.ex. S, M, C, V, KD, L, MP eller SD");
  }
}
