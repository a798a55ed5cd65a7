package se.namndbok.app.delegationsbeslut;

import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.app.shared.UndoHistory;
import java.time.LocalDate;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/** Today is 2025-11-03 in the test store; the next meeting not yet held is 2025-11-20. */
class DelegationsbeslutFormViewModelTest {
  private TestStore store;
  private AppServices services;
  private DelegationsbeslutFormViewModel form;
  private UndoHistory history;
  private Sammantrade november;
  private final List<Delegationsbeslut> saved = new ArrayList<>();

  @BeforeEach
  void setUp() {
    store = TestStore.create(CoreWiring.renderers());
    BoardFixture f = new BoardFixture(store);
    f.namnd();
    f.mote("2025-10-23", SammantradeStatus.GENOMFORT);
    november = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    f.arende("2025/146", "Digitalt föräldraskapsstöd");
    services = new AppServices(store.core());
    history = new UndoHistory();
    form = new DelegationsbeslutFormViewModel(services, new CurrentThreadTaskExecutor(), history);
    form.loadDelegater();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void fill(String nummer, String datum) {
    form.diarienummerProperty().set(nummer);
    form.delegatProperty().set("MAS/MAR/SAS");
    form.delegationspunktProperty().set("4.2");
    form.beslutsdatumProperty().set(datum);
    form.rubrikProperty().set("Anmälan enligt lex Sarah");
  }

  @Test
  void aSavedDecisionGoesToTheNextMeetingAndTheFormIsEmptyForTheNext() {
    fill("2025/146", "2025-09-24");

    form.save(n -> false, saved::add);

    assertThat(saved).singleElement().satisfies(b -> {
      assertThat(b.sammantradeId()).isEqualTo(november.id());
      assertThat(b.delegat()).isEqualTo("MAS/MAR/SAS");
      assertThat(b.beslutsdatum()).hasToString("2025-09-24");
    });
    assertThat(form.diarienummerProperty().get()).isEmpty();
    assertThat(form.rubrikProperty().get()).isEmpty();
    assertThat(form.beslutsdatumProperty().get()).isEmpty();
  }

  @Test
  void aBadDateIsRefusedAtItsFieldInSwedishAndNothingIsSaved() {
    fill("2025/146", "31/9 2025");

    form.save(n -> false, saved::add);

    assertThat(form.errorProperty("Beslutsdatum").get())
        .isEqualTo("Beslutsdatum: \"31/9 2025\" är inget datum; skriv t.ex. 2025-10-23, 20251023, 23/10 eller 23 okt");
    assertThat(saved).isEmpty();
    assertThat(services.delegationsbeslut().list(AnmalanFilter.alla())).isEmpty();
    assertThat(form.rubrikProperty().get()).isEqualTo("Anmälan enligt lex Sarah");
  }

  /** A mistyped date no longer hides the other fields' messages until the next save (found by a walk). */
  @Test
  void aBadDateIsToldTogetherWithAPersonnummerInTheRubrikAndNothingIsSaved() {
    fill("2025/146", "31/9 2025");
    form.rubrikProperty().set("Anmälan om 19121212-1212");

    form.save(n -> false, saved::add);

    assertThat(form.errorProperty("Beslutsdatum").get())
        .isEqualTo("Beslutsdatum: \"31/9 2025\" är inget datum; skriv t.ex. 2025-10-23, 20251023, 23/10 eller 23 okt");
    assertThat(form.errorProperty("Rubrik").get()).startsWith("Rubrik: innehåller ett personnummer");
    assertThat(form.errorProperty("Delegat").get()).isEmpty();
    assertThat(saved).isEmpty();
    assertThat(services.delegationsbeslut().list(AnmalanFilter.alla())).isEmpty();
  }

  @Test
  void everyRefusedFieldGetsItsOwnMessage() {
    form.diarienummerProperty().set("2025/146");
    form.delegatProperty().set("Okänd chef");
    form.beslutsdatumProperty().set("2025-12-01");

    form.save(n -> false, saved::add);

    assertThat(form.errorProperty("Delegat").get()).startsWith("Delegat: \"Okänd chef\" finns inte bland delegaterna");
    assertThat(form.errorProperty("Beslutsdatum").get()).contains("dagens datum");
    assertThat(form.errorProperty("Rubrik").get()).startsWith("Rubrik:");
    assertThat(form.errorProperty("Diarienummer").get()).isEmpty();
    assertThat(saved).isEmpty();
  }

  @Test
  void anUnknownDiarienummerIsRegisteredOnTheSpotOnlyWhenTheUserSaysSo() {
    fill("2025/1300", "2025-10-01");
    List<String> asked = new ArrayList<>();

    form.save(n -> asked.add(n) && false, saved::add);
    assertThat(asked).containsExactly("2025/1300");
    assertThat(form.errorProperty("Diarienummer").get()).contains("finns inte i diariet");
    assertThat(saved).isEmpty();

    form.save(n -> true, saved::add);
    assertThat(saved).singleElement().satisfies(b -> assertThat(b.diarienummer()).hasToString("2025/1300"));
    assertThat(services.arenden().search("2025/1300", 5)).singleElement()
        .satisfies(a -> assertThat(a.rubrik()).isEqualTo("Anmälan enligt lex Sarah"));
  }

  @Test
  void clearEmptiesValuesAndMessages() {
    fill("2025/146", "fel");
    form.save(n -> false, saved::add);

    form.clear();

    assertThat(form.beslutsdatumProperty().get()).isEmpty();
    assertThat(form.errorProperty("Beslutsdatum").get()).isEmpty();
  }

  @Test
  void aClearIsUndoneWithItsTextAndRedone() {
    fill("2025/146", "2025-10-30");

    form.clear();
    assertThat(form.rubrikProperty().get()).isEmpty();
    assertThat(history.undo()).isTrue();

    assertThat(form.diarienummerProperty().get()).isEqualTo("2025/146");
    assertThat(form.beslutsdatumProperty().get()).isEqualTo("2025-10-30");
    assertThat(form.dirtyProperty().get()).isTrue();
    assertThat(history.redo()).isTrue();
    assertThat(form.diarienummerProperty().get()).isEmpty();
  }

  @Test
  void typedInputIsDirtyUntilSaved() {
    assertThat(form.dirtyProperty().get()).isFalse();
    fill("2025/146", "2025-10-30");
    assertThat(form.dirtyProperty().get()).isTrue();

    form.save(n -> false, saved::add);

    assertThat(saved).hasSize(1);
    assertThat(form.dirtyProperty().get()).isFalse();
  }

  @Test
  void aSavedDecisionIsEditedInTheFormAndKeepsItsMeetingAndHid() {
    var b = services.delegationsbeslut().register(new NyttDelegationsbeslut("2025/146", "2025.2710",
        "MAS/MAR/SAS", null, LocalDate.of(2025, 10, 30), "Gammal rubrik", false));

    form.edit(b);
    assertThat(form.dirtyProperty().get()).isFalse();
    form.rubrikProperty().set("Rättad rubrik");
    assertThat(form.dirtyProperty().get()).isTrue();
    form.save(n -> false, saved::add);

    assertThat(saved).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo(b.id());
      assertThat(s.rubrik()).isEqualTo("Rättad rubrik");
      assertThat(s.sammantradeId()).isEqualTo(b.sammantradeId());
      assertThat(s.handlingsId()).isEqualTo(b.handlingsId());
    });
    assertThat(services.delegationsbeslut().list(AnmalanFilter.alla())).hasSize(1);
    assertThat(form.editingProperty().get()).isNull();
  }

  private Delegationsbeslut sparat(String rubrik) {
    return services.delegationsbeslut().register(new NyttDelegationsbeslut("2025/146", null, "MAS/MAR/SAS", "4.2",
        LocalDate.of(2025, 10, 30), rubrik, false));
  }

  /** A colleague's change, saved straight through the core as another window would. */
  private void kollegaAndrar(Delegationsbeslut b, String rubrik, String beslutsfattare) {
    services.delegationsbeslut().update(b.id(), b.version(), new NyttDelegationsbeslut("2025/146", null,
        "MAS/MAR/SAS", "4.2", LocalDate.of(2025, 10, 30), rubrik, false).medBeslutsfattare(beslutsfattare));
  }

  private Delegationsbeslut stored(Delegationsbeslut b) {
    return services.delegationsbeslut().find(b.id()).orElseThrow();
  }

  @Test
  void aChangeRefusedAsStaleKeepsWhatWasTypedAndAndraOnTheSameRowReadsTheColleaguesVersion() {
    Delegationsbeslut b = sparat("Avtal");
    form.edit(b);
    form.rubrikProperty().set("Avtal (Rolf)");
    kollegaAndrar(b, "Avtal (Sara)", "Sara Ek");

    form.save(n -> false, saved::add);

    var stale = form.stale();
    assertThat(saved).isEmpty();
    assertThat(stale.messageProperty().get()).startsWith("Delegationsbeslutet ändrades av ")
        .contains("efter att du öppnade det.").doesNotContain("Ändrad av någon annan");
    assertThat(form.generalErrorProperty().get()).as("told once, in the notice").isEmpty();
    assertThat(stale.textProperty().get()).isEqualTo("Rubrik: Avtal (Rolf)");
    assertThat(form.rubrikProperty().get()).isEqualTo("Avtal (Rolf)");
    assertThat(stored(b).rubrik()).isEqualTo("Avtal (Sara)");

    assertThat(stale.readsAgain(b.id())).as("Ändra on the same row").isTrue();
    form.edit(b); // the row as the list showed it before the colleague's change

    assertThat(form.rubrikProperty().get()).isEqualTo("Avtal (Sara)");
    assertThat(form.beslutsfattareProperty().get()).isEqualTo("Sara Ek");
    assertThat(form.dirtyProperty().get()).isFalse();
    assertThat(stale.textProperty().get()).as("what was typed, still in sight").isEqualTo("Rubrik: Avtal (Rolf)");

    stale.useTyped();
    assertThat(form.rubrikProperty().get()).isEqualTo("Avtal (Rolf)");
    assertThat(form.beslutsfattareProperty().get()).as("her other change stays").isEqualTo("Sara Ek");
    assertThat(stale.textProperty().get()).as("what hers said there").isEqualTo("Rubrik: Avtal (Sara)");

    form.save(n -> false, saved::add);
    assertThat(stored(b).rubrik()).isEqualTo("Avtal (Rolf)");
    assertThat(stored(b).beslutsfattare()).isEqualTo("Sara Ek");
    assertThat(stale.messageProperty().get()).as("closed once saved").isEmpty();
  }

  @Test
  void readingTheNewVersionAndClosingKeepsItAsTheColleagueSavedIt() {
    Delegationsbeslut b = sparat("Avtal");
    form.edit(b);
    form.rubrikProperty().set("Avtal (Rolf)");
    kollegaAndrar(b, "Avtal (Sara)", null);
    form.save(n -> false, saved::add);

    form.stale().readAgain();
    form.stale().close();
    form.save(n -> false, saved::add);

    assertThat(stored(b).rubrik()).isEqualTo("Avtal (Sara)");
  }

  /** The walk's only way out: Esc, Ändra, Ctrl+Z put the old text back on the new version and saved over hers. */
  @Test
  void aClearUndoneAfterTheNewVersionWasShownSavesFromTheVersionItWasTypedOver() {
    Delegationsbeslut b = sparat("Avtal");
    form.edit(b);
    form.rubrikProperty().set("Avtal (Rolf)");
    kollegaAndrar(b, "Avtal", "Sara Ek");
    form.save(n -> false, saved::add);

    form.clear();
    form.edit(stored(b));
    assertThat(form.beslutsfattareProperty().get()).isEqualTo("Sara Ek");
    history.undo();
    assertThat(form.rubrikProperty().get()).isEqualTo("Avtal (Rolf)");
    form.save(n -> false, saved::add);

    assertThat(saved).isEmpty();
    assertThat(form.stale().messageProperty().get()).startsWith("Delegationsbeslutet ändrades av");
    assertThat(stored(b).beslutsfattare()).isEqualTo("Sara Ek");
  }

  @Test
  void completionOffersTheDiariumsNumbersAndTheBoardsDelegater() {
    assertThat(form.diarienummerForslag("2025/14")).containsExactly("2025/146");
    assertThat(form.diarienummerForslag("2025/146")).isEmpty();
    assertThat(form.diarienummerForslag("föräldraskap")).containsExactly("2025/146");
    assertThat(form.delegatForslag("chef")).containsExactly("Verksamhetschef/avdelningschef");
    assertThat(form.delegatForslag("")).containsExactly("MAS/MAR/SAS", "Verksamhetschef/avdelningschef");
  }

  @Test
  void aDecisionTypedAndNotSavedIsInTheFormAgainAfterTheProgramEndedAndGoneOnceSaved(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
    var quiet = new se.namndbok.app.shared.QuietPause();
    AppServices withDrafts = quiet.services(store.core(), folder);
    var before = new DelegationsbeslutFormViewModel(withDrafts, new CurrentThreadTaskExecutor(), new UndoHistory());
    before.diarienummerProperty().set("2025/146");
    before.delegatProperty().set("MAS/MAR/SAS");
    before.rubrikProperty().set("Anmälan enligt lex Sarah");
    quiet.pass(); // then the program is ended without its window closing

    var after = new DelegationsbeslutFormViewModel(withDrafts, new CurrentThreadTaskExecutor(), new UndoHistory());

    assertThat(after.diarienummerProperty().get()).isEqualTo("2025/146");
    assertThat(after.delegatProperty().get()).isEqualTo("MAS/MAR/SAS");
    assertThat(after.rubrikProperty().get()).isEqualTo("Anmälan enligt lex Sarah");
    assertThat(after.dirtyProperty().get()).isTrue();
    assertThat(after.aterstalltProperty().get()).startsWith("Det du skrev ");

    after.delegationspunktProperty().set("4.2");
    after.beslutsdatumProperty().set("2025-09-24");
    after.save(n -> false, saved::add);
    quiet.pass();
    assertThat(saved).hasSize(1);
    assertThat(after.aterstalltProperty().get()).isEmpty();
    assertThat(folder).as("saved: no draft left").isEmptyDirectory();
  }

  @Test
  void aChangeToASavedDecisionIsListedByItsRubrikAndFilledInWhenItIsChosenAgain(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
    fill("2025/146", "2025-09-24");
    form.save(n -> false, saved::add);
    Delegationsbeslut b = saved.getFirst();
    var quiet = new se.namndbok.app.shared.QuietPause();
    AppServices withDrafts = quiet.services(store.core(), folder);
    se.namndbok.app.shared.Drafts drafts = withDrafts.drafts();
    var before = new DelegationsbeslutFormViewModel(withDrafts, new CurrentThreadTaskExecutor(), new UndoHistory());
    before.edit(b);
    before.rubrikProperty().set("Anmälan enligt lex Sarah, kompletterad");
    quiet.pass();

    assertThat(drafts.saved()).singleElement().satisfies(d -> assertThat(d.what())
        .isEqualTo("ändringen av delegationsbeslutet ”Anmälan enligt lex Sarah, kompletterad” (välj det och Ändra)"));
    var after = new DelegationsbeslutFormViewModel(withDrafts, new CurrentThreadTaskExecutor(), new UndoHistory());
    assertThat(after.rubrikProperty().get()).as("the new entry's form is not the change's").isEmpty();
    after.edit(b);

    assertThat(after.rubrikProperty().get()).isEqualTo("Anmälan enligt lex Sarah, kompletterad");
    assertThat(after.delegatProperty().get()).isEqualTo("MAS/MAR/SAS");
    assertThat(after.aterstalltProperty().get()).startsWith("Det du skrev ");
  }
}
