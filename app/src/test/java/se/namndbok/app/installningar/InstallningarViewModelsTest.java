package se.namndbok.app.installningar;

import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.ejverkstallda.Insats;
import se.namndbok.core.ejverkstallda.InsatsService;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.namnd.UtskottTyp;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/** The settings' view models on a real store: what they show, what they save and how they refuse. */
class InstallningarViewModelsTest {
  private TestStore store;
  private AppServices services;
  private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

  @BeforeEach
  void setUp() {
    store = TestStore.create(CoreWiring.renderers());
    BoardFixture f = new BoardFixture(store);
    f.namnd();
    f.arende("2025/146", "Digitalt föräldraskapsstöd");
    services = new AppServices(store.core());
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void theNamndIsShownSavedAndABlankLawReferenceGoesBackToTheStandard() {
    NamndViewModel vm = new NamndViewModel(services, executor);
    vm.load();
    assertThat(vm.kommunProperty().get()).isEqualTo("Luleå kommun");

    vm.namnProperty().set("Socialnämnden i Luleå");
    vm.lagrumSolProperty().set("");
    vm.save();

    assertThat(services.namnder().current().orElseThrow().namn()).isEqualTo("Socialnämnden i Luleå");
    assertThat(vm.lagrumSolProperty().get()).isEqualTo(NamndService.LAGRUM_SOL);
    assertThat(vm.statusProperty().get()).isEqualTo("Sparat.");

    vm.kommunProperty().set(" ");
    vm.save();
    assertThat(vm.errors().get(NamndViewModel.KOMMUN).get()).startsWith("Kommun:");
    assertThat(services.namnder().current().orElseThrow().kommun()).isEqualTo("Luleå kommun");
  }

  @Test
  void theBoardsDetailsTypedAndNotSavedAreThereAgainAfterTheProgramEndedAndGoneOnceSaved(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
    var quiet = new se.namndbok.app.shared.QuietPause();
    NamndViewModel namnd = new NamndViewModel(quiet.services(store.core(), folder), executor);
    KallelsekontaktViewModel kontakt = new KallelsekontaktViewModel(quiet.services(store.core(), folder), executor);
    namnd.load();
    kontakt.load();
    namnd.forvaltningProperty().set("Socialförvaltningen, Luleå");
    kontakt.forhinderProperty().set("Förhinder anmäls till nämndsekreteraren senast dagen före.");
    quiet.pass(); // the user stops typing; the program then ends without its window closing

    AppServices again = quiet.services(store.core(), folder);
    assertThat(again.drafts().saved()).extracting(se.namndbok.app.shared.Drafts.Saved::what).containsExactlyInAnyOrder(
        "nämndens uppgifter (Inställningar, Nämnden)",
        "kallelsens uppgifter om sekreteraren, förhinder och partiordning (Inställningar, Nämnden)");
    NamndViewModel namndAgain = new NamndViewModel(again, executor);
    KallelsekontaktViewModel kontaktAgain = new KallelsekontaktViewModel(again, executor);
    namndAgain.load();
    kontaktAgain.load();

    assertThat(namndAgain.forvaltningProperty().get()).isEqualTo("Socialförvaltningen, Luleå");
    assertThat(namndAgain.aterstalltProperty().get()).contains("är ifyllt igen").endsWith("Välj Spara för att behålla det.");
    assertThat(kontaktAgain.aterstalltProperty().get()).endsWith("Välj Spara kallelsens uppgifter för att behålla det.");
    assertThat(kontaktAgain.forhinderProperty().get())
        .isEqualTo("Förhinder anmäls till nämndsekreteraren senast dagen före.");
    namndAgain.save();
    kontaktAgain.save();
    assertThat(again.drafts().saved()).as("saved: the drafts gone").isEmpty();
    assertThat(namndAgain.aterstalltProperty().get()).isEmpty();
    assertThat(services.namnder().kontakt().forhinderTill())
        .isEqualTo("Förhinder anmäls till nämndsekreteraren senast dagen före.");
  }

  @Test
  void kallelseDetailsAColleagueSavedSinceTheFormWasFilledAreNotReplacedUnseen() {
    KallelsekontaktViewModel vm = new KallelsekontaktViewModel(services, executor);
    vm.load();
    // a colleague at another desk saves first, from the same empty details
    services.namnder().sparaKontakt(services.namnder().kontakt(), new se.namndbok.core.namnd.Kallelsekontakt(
        "Anna Berg", "Nämndsekreterare", null, null, null, null, null));

    vm.sekreterareProperty().set("Bo Ek");
    vm.telefonProperty().set("0920-45 30 00");
    vm.save();

    assertThat(services.namnder().kontakt().sekreterareNamn()).isEqualTo("Anna Berg");
    assertThat(vm.errors().general().get()).startsWith("Avsnittet Kallelsen ändrades av testare ")
        .contains("Sparat nu: Sekreterare: Anna Berg · Titel: Nämndsekreterare.");
    assertThat(vm.sekreterareProperty().get()).isEqualTo("Bo Ek");
    assertThat(vm.statusProperty().get()).isEmpty();

    vm.save(); // now made from what the message named: replaces it knowingly
    assertThat(vm.errors().general().get()).isEmpty();
    assertThat(services.namnder().kontakt().sekreterareNamn()).isEqualTo("Bo Ek");
    assertThat(services.namnder().kontakt().sekreterareTelefon()).isEqualTo("0920-45 30 00");
    assertThat(vm.statusProperty().get()).isEqualTo("Sparat.");
  }

  @Test
  void theDelegationsordningIsReadFromCsvAndARefusedFileIsShownLineByLine(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    DelegationsordningViewModel vm = new DelegationsordningViewModel(services, executor);
    vm.load();
    assertThat(vm.punkter()).isEmpty();
    var good = java.nio.file.Files.writeString(dir.resolve("ordning.csv"),
        "punkt;ärende;lagrum;delegat\n6.1;Lex Sarah – bedömning;14 kap. 6 § SoL;MAS/MAR/SAS\n"
            + "3.7;Godkänna faderskapsbekräftelse;1 kap. 4 § FB;Familjerättssekreterare\n");
    java.util.List<Integer> done = new java.util.ArrayList<>();
    java.util.List<se.namndbok.core.shared.ImportError> refused = new java.util.ArrayList<>();
    vm.importera(good, refused::addAll, done::add);
    assertThat(done).containsExactly(2);
    assertThat(vm.punkter()).extracting(p -> p.nummer() + " " + p.delegat())
        .containsExactly("6.1 MAS/MAR/SAS", "3.7 Familjerättssekreterare");

    var bad = java.nio.file.Files.writeString(dir.resolve("fel.csv"), "punkt;ärende;delegat\n6.2;;MAS/MAR/SAS\n");
    vm.importera(bad, refused::addAll, done::add);
    assertThat(refused).extracting(Object::toString).containsExactly("fel.csv, rad 2, kolumn ärende: måste fyllas i");
    assertThat(vm.punkter()).hasSize(2);
  }

  @Test
  void delegaterAreAddedRenamedMovedAndOnlyUnusedOnesRemoved() {
    DelegaterViewModel vm = new DelegaterViewModel(services, executor);
    vm.load();
    vm.namnProperty().set("Enhetschef");
    vm.add();
    assertThat(vm.delegater()).extracting(Delegat::namn)
        .containsExactly("Verksamhetschef/avdelningschef", "MAS/MAR/SAS", "Enhetschef");
    assertThat(vm.namnProperty().get()).isEmpty();

    vm.move(vm.delegater().get(2), -1);
    assertThat(vm.delegater()).extracting(Delegat::namn)
        .containsExactly("Verksamhetschef/avdelningschef", "Enhetschef", "MAS/MAR/SAS");

    vm.namnProperty().set("Enhetschef IFO");
    vm.rename(vm.delegater().get(1));
    assertThat(services.delegater().all()).extracting(Delegat::namn).contains("Enhetschef IFO");

    vm.namnProperty().set("MAS/MAR/SAS");
    vm.add();
    assertThat(vm.errors().get("Delegat").get()).contains("det finns redan en delegat som heter MAS/MAR/SAS");

    services.delegationsbeslut().register(new NyttDelegationsbeslut("2025/146", null, "MAS/MAR/SAS", null,
        LocalDate.parse("2025-10-01"), "Beslut", false));
    vm.remove(vm.delegater().get(2));
    assertThat(vm.errors().get("Delegat").get()).contains("har delegationsbeslut och kan inte tas bort");
    vm.remove(vm.delegater().get(1));
    assertThat(vm.delegater()).extracting(Delegat::namn).containsExactly("Verksamhetschef/avdelningschef", "MAS/MAR/SAS");
  }

  @Test
  void choosingADelegatIsNotAChangeAndARenameTypedOverItIsSavedThroughTheQuestion() {
    DelegaterViewModel vm = new DelegaterViewModel(services, executor);
    vm.load();
    Delegat mas = vm.delegater().get(1);
    vm.visa(mas);
    assertThat(vm.namnProperty().get()).isEqualTo("MAS/MAR/SAS");
    assertThat(vm.guard().dirty().get()).as("only chosen, nothing typed").isFalse();

    vm.namnProperty().set("MAS");
    assertThat(vm.guard().dirty().get()).isTrue();
    vm.guard().save(ok -> assertThat(ok).isTrue());
    assertThat(services.delegater().all()).extracting(Delegat::namn)
        .containsExactly("Verksamhetschef/avdelningschef", "MAS");
  }

  @Test
  void utskottAreAddedAndADuplicateRefused() {
    UtskottViewModel vm = new UtskottViewModel(services, executor);
    vm.load();
    vm.namnProperty().set("Arbetsutskottet");
    vm.add();
    vm.namnProperty().set("Enskilda utskottet");
    vm.typProperty().set(UtskottTyp.ENSKILDA_UTSKOTTET);
    vm.add();
    vm.namnProperty().set("Arbetsutskottet");
    vm.add();

    assertThat(vm.utskott()).hasSize(2);
    assertThat(vm.errors().get(UtskottViewModel.NAMN).get()).contains("det finns redan ett utskott");
  }

  @Test
  void ledamoterGetPartyAndUppdragWithAMandatePeriod() {
    services.namnder().addUtskott("Arbetsutskottet", UtskottTyp.ARBETSUTSKOTT);
    LedamoterViewModel vm = new LedamoterViewModel(services, executor);
    vm.load();
    vm.fornamnProperty().set("Åsa");
    vm.efternamnProperty().set("Öberg");
    vm.partiProperty().set("S");
    vm.addLedamot();
    vm.fornamnProperty().set("Erik");
    vm.efternamnProperty().set("Zetterlund");
    vm.partiProperty().set("M");
    vm.addLedamot();
    assertThat(vm.ledamoter()).extracting(Ledamot::efternamn).containsExactly("Zetterlund", "Öberg");
    assertThat(vm.selectedProperty().get().efternamn()).isEqualTo("Zetterlund");

    vm.typProperty().set(UppdragTyp.ERSATTARE);
    assertThat(vm.rollProperty().get()).isEqualTo(Roll.ERSATTARE);
    vm.utskottProperty().set(vm.organ().getFirst());
    vm.franProperty().set("2023-01-01");
    vm.tillProperty().set("2026-12-31");
    vm.addUppdrag();
    assertThat(vm.uppdrag()).singleElement().satisfies(u -> {
      assertThat(u.typ()).isEqualTo(UppdragTyp.ERSATTARE);
      assertThat(vm.organ(u)).isEqualTo("Arbetsutskottet");
    });

    vm.tillProperty().set("2022-12-31");
    vm.addUppdrag();
    assertThat(vm.uppdragErrors().get("Till").get()).contains("från-datumet");
    vm.tillProperty().set("32/12");
    vm.addUppdrag();
    assertThat(vm.uppdragErrors().get("Till").get()).contains("är inget datum");
    assertThat(vm.uppdrag()).hasSize(1);

    vm.removeUppdrag(vm.uppdrag().getFirst());
    assertThat(vm.uppdrag()).isEmpty();

    vm.partiProperty().set("KD");
    vm.updateLedamot();
    assertThat(services.ledamoter().all()).extracting(Ledamot::parti).containsExactlyInAnyOrder("S", "KD");

    vm.partiProperty().set("");
    vm.addLedamot();
    assertThat(vm.ledamotErrors().get("Parti").get()).startsWith("Parti:");
  }

  @Test
  void aNewUppdragRunsOverTheTermOfTodayAndTheFormSaysWhatEnterWillDo() {
    assertThat(LedamoterViewModel.mandatperiodensStart(2026)).isEqualTo(2023);
    assertThat(LedamoterViewModel.mandatperiodensStart(2027)).isEqualTo(2027);
    assertThat(LedamoterViewModel.mandatperiodensStart(2030)).isEqualTo(2027);
    assertThat(LedamoterViewModel.mandatperiodensStart(2022)).isEqualTo(2019);
    LedamoterViewModel vm = new LedamoterViewModel(services, executor);
    int start = LedamoterViewModel.mandatperiodensStart(services.clock().today().getYear());
    assertThat(vm.franProperty().get()).isEqualTo(start + "-01-01");
    assertThat(vm.tillProperty().get()).isEqualTo((start + 3) + "-12-31");

    vm.load();
    assertThat(vm.lageProperty().get()).startsWith("Ny ledamot");
    vm.fornamnProperty().set("Örjan");
    vm.efternamnProperty().set("Öhman");
    vm.partiProperty().set("S");
    vm.addLedamot();
    assertThat(vm.lageProperty().get()).startsWith("Örjan Öhman är tillagd.");
    vm.selectedProperty().set(null);
    vm.selectedProperty().set(vm.ledamoter().getFirst());
    assertThat(vm.lageProperty().get()).startsWith("Du ändrar Örjan Öhman: Enter sparar");
  }

  @Test
  void anInsatsBenamningAndOrderAreCorrectedAndANonNumberRefused() {
    InsatserViewModel vm = new InsatserViewModel(services, executor);
    vm.load();
    assertThat(vm.insatser()).isNotEmpty();
    Insats first = vm.insatser().getFirst();
    vm.selectedProperty().set(first);
    assertThat(vm.benamningProperty().get()).isEqualTo(first.benamning());

    vm.ordningProperty().set("tre");
    vm.save();
    assertThat(vm.errors().get(InsatsService.ORDNING).get()).isEqualTo("Ordning: \"tre\" är inget heltal");

    vm.benamningProperty().set("Rättad benämning");
    vm.ordningProperty().set(Integer.toString(first.ordning()));
    vm.save();
    assertThat(store.core().insatser().katalog().find(first.kod()).orElseThrow().benamning())
        .isEqualTo("Rättad benämning");
    assertThat(vm.selectedProperty().get().benamning()).isEqualTo("Rättad benämning");
  }

  @Test
  void aLedamotsNameTypedAndNotSavedIsAskedAboutSavedThroughTheQuestionOrPutBack() {
    LedamoterViewModel vm = new LedamoterViewModel(services, executor);
    vm.load();
    var guard = vm.guard();
    vm.fornamnProperty().set("Åsa");
    vm.efternamnProperty().set("Öberg");
    vm.partiProperty().set("S");
    assertThat(guard.dirty().get()).isTrue();
    assertThat(guard.what()).isEqualTo("formuläret för en ny ledamot");
    java.util.List<Boolean> done = new java.util.ArrayList<>();
    guard.save(done::add);
    assertThat(done).containsExactly(true);
    assertThat(services.ledamoter().all()).extracting(Ledamot::namn).containsExactly("Åsa Öberg");
    assertThat(guard.dirty().get()).isFalse();

    vm.efternamnProperty().set("Öberg-Lind");
    assertThat(guard.dirty().get()).isTrue();
    assertThat(guard.what()).isEqualTo("ledamoten ”Åsa Öberg”");
    guard.discard();
    assertThat(vm.efternamnProperty().get()).isEqualTo("Öberg");
    assertThat(guard.dirty().get()).isFalse();

    vm.partiProperty().set(" ");
    guard.save(done::add);
    assertThat(done).containsExactly(true, false);
    assertThat(vm.partiProperty().get()).isEqualTo(" ");
    assertThat(guard.dirty().get()).isTrue();
    assertThat(guard.refusal()).startsWith("Parti:");
    assertThat(services.ledamoter().all()).extracting(Ledamot::parti).containsExactly("S");

    vm.partiProperty().set("V");
    guard.save(done::add);
    assertThat(services.ledamoter().all()).extracting(Ledamot::parti).containsExactly("V");
    assertThat(services.ledamoter().all()).hasSize(1);
  }

  @Test
  void aNewUtskottOrDelegatTypedAndNotAddedIsAskedAboutAndAddedThroughTheQuestion() {
    UtskottViewModel utskott = new UtskottViewModel(services, executor);
    utskott.load();
    utskott.typProperty().set(UtskottTyp.ENSKILDA_UTSKOTTET);
    assertThat(utskott.guard().dirty().get()).as("a kind chosen alone is not input").isFalse();
    utskott.namnProperty().set("Individutskottet");
    var guard = utskott.guard();
    assertThat(guard.dirty().get()).isTrue();
    java.util.List<Boolean> done = new java.util.ArrayList<>();
    guard.save(done::add);
    assertThat(done).containsExactly(true);
    assertThat(services.namnder().utskott()).extracting(u -> u.namn() + " " + u.typ())
        .containsExactly("Individutskottet " + UtskottTyp.ENSKILDA_UTSKOTTET);
    assertThat(guard.dirty().get()).isFalse();
    utskott.namnProperty().set("Individutskottet");
    guard.save(done::add);
    assertThat(done).containsExactly(true, false);
    assertThat(guard.dirty().get()).as("a refused name stays typed").isTrue();
    guard.discard();
    assertThat(utskott.namnProperty().get()).isEmpty();

    DelegaterViewModel delegater = new DelegaterViewModel(services, executor);
    delegater.load();
    delegater.namnProperty().set("Enhetschef");
    delegater.guard().save(done::add);
    assertThat(services.delegater().all()).extracting(Delegat::namn).contains("Enhetschef");
    assertThat(delegater.guard().dirty().get()).isFalse();
  }

  @Test
  void anInsatsChangedAndNotSavedIsNamedInTheQuestionAndARefusedOrderKeepsWhatWasTyped() {
    InsatserViewModel vm = new InsatserViewModel(services, executor);
    vm.load();
    Insats first = vm.insatser().getFirst();
    vm.selectedProperty().set(first);
    var guard = vm.guard();
    assertThat(guard.dirty().get()).isFalse();
    vm.ordningProperty().set("tre");
    assertThat(guard.what()).isEqualTo("insatsen ”" + first.benamning() + "”");
    java.util.List<Boolean> done = new java.util.ArrayList<>();
    guard.save(done::add);
    assertThat(done).containsExactly(false);
    assertThat(vm.ordningProperty().get()).isEqualTo("tre");
    guard.discard();
    assertThat(vm.ordningProperty().get()).isEqualTo(Integer.toString(first.ordning()));
    vm.benamningProperty().set("Rättad benämning");
    guard.save(done::add);
    assertThat(done).containsExactly(false, true);
    assertThat(guard.dirty().get()).isFalse();
    assertThat(store.core().insatser().katalog().find(first.kod()).orElseThrow().benamning())
        .isEqualTo("Rättad benämning");
  }
}
