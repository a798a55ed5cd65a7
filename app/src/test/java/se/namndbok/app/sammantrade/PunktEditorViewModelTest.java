package se.namndbok.app.sammantrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ForslagAv;

class PunktEditorViewModelTest {
  private BuilderFixture f;
  private MotesbyggareViewModel builder;
  private PunktEditorViewModel vm;
  private final List<Arendepunkt> saved = new ArrayList<>();

  @BeforeEach
  void open() {
    f = new BuilderFixture();
    var executor = new CurrentThreadTaskExecutor();
    builder = new MotesbyggareViewModel(f.services, executor);
    builder.sammantradeProperty().set(f.mote);
    builder.addArende(f.arende("2025/1130"));
    vm = new PunktEditorViewModel(f.services, executor);
    vm.punktProperty().set(builder.selectedProperty().get());
  }

  @AfterEach
  void close() throws Exception {
    f.close();
  }

  @Test
  void aColleaguesChangeToTheOpenItemIsToldBeforeTheUserSavesButTheUsersOwnSaveIsNot() {
    vm.forslagProperty().set("Mitt förslag");
    vm.save(saved::add);
    andrade("arendepunkt");
    assertThat(vm.kollegaAndradeProperty().get()).as("own save").isEmpty();

    vm.forslagProperty().set("Mitt förslag, längre");
    kollegansRubrik();
    andrade("arendepunkt");

    assertThat(vm.kollegaAndradeProperty().get()).startsWith("Punkten har ändrats av någon annan");
    assertThat(vm.forslagProperty().get()).as("the user's text stays").isEqualTo("Mitt förslag, längre");
    assertThat(vm.rubrikProperty().get()).isNotEqualTo("Kollegans rubrik");
  }

  /** The walk's window with nothing typed said "Din ändring kan inte sparas" and kept the old text. */
  @Test
  void anItemWithNothingTypedShowsAColleaguesChangeAtOnceAndSaysNothing() {
    vm.forslagProperty().set("Mitt förslag");
    vm.save(saved::add);

    kollegansRubrik();
    andrade("arendepunkt");

    assertThat(vm.rubrikProperty().get()).isEqualTo("Kollegans rubrik");
    assertThat(vm.forslagProperty().get()).isEqualTo("Mitt förslag");
    assertThat(vm.kollegaAndradeProperty().get()).isEmpty();
    assertThat(vm.staleProperty().get()).isEmpty();
    assertThat(vm.dirtyProperty().get()).isFalse();

    vm.beskrivningProperty().set("Min beskrivning");
    vm.save(saved::add);
    assertThat(f.services.arendelista().punkter(f.mote.id()).getFirst().innehall().rubrik())
        .as("saved from the version shown").isEqualTo("Kollegans rubrik");
  }

  @Test
  void aRefusedSaveReplacesTheEarlierNoticeThatAColleagueChangedTheItem() {
    vm.forslagProperty().set("Mitt förslag");
    kollegansRubrik();
    andrade("arendepunkt");
    assertThat(vm.kollegaAndradeProperty().get()).isNotEmpty();

    vm.save(saved::add);

    assertThat(vm.staleProperty().get()).startsWith("Punkten ändrades av");
    assertThat(vm.kollegaAndradeProperty().get()).isEmpty();
    assertThat(vm.staleTextProperty().get()).contains("Mitt förslag");
  }

  private void kollegansRubrik() {
    Arendepunkt p = f.services.arendelista().punkter(f.mote.id()).getFirst();
    f.services.arendelista().update(p.id(), p.version(), new se.namndbok.core.sammantrade.ArendepunktInnehall(
        p.innehall().typ(), p.innehall().arendeId(), "Kollegans rubrik", p.innehall().forslagAv(),
        p.innehall().texter(), false, null));
  }

  /**
   * A colleague's change to {@code tabell}, heard before this returns: on the JavaFX thread when an earlier test in
   * this JVM started the toolkit (the change is then handed over with runLater), else at once.
   */
  private void andrade(String tabell) {
    f.services.andringar().andrade(java.util.Set.of(tabell));
    java.util.concurrent.CountDownLatch heard = new java.util.concurrent.CountDownLatch(1);
    try {
      javafx.application.Platform.runLater(heard::countDown);
    } catch (IllegalStateException toolkitNotStarted) {
      return;
    }
    try {
      if (!heard.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new AssertionError("the JavaFX thread did not run the change");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void textTypedInTheOpenItemStaysWhenTheItemIsMovedAndIsThenSaved() {
    builder.addArende(f.arende("2025/1184"));
    builder.selectedProperty().addListener((o, was, now) -> vm.punktProperty().set(now));
    vm.punktProperty().set(builder.selectedProperty().get());
    long id = vm.punktProperty().get().id();
    vm.forslagProperty().set("Socialnämnden godkänner månadsrapporten.");

    builder.moveUp(builder.selectedProperty().get());

    assertThat(vm.punktProperty().get().id()).isEqualTo(id);
    assertThat(vm.punktProperty().get().nummer()).isEqualTo(1);
    assertThat(vm.forslagProperty().get()).isEqualTo("Socialnämnden godkänner månadsrapporten.");
    assertThat(vm.dirtyProperty().get()).isTrue();
    vm.save(saved::add);
    assertThat(vm.staleProperty().get()).isEmpty();
    assertThat(f.services.arendelista().punkter(f.mote.id()).getFirst().innehall().texter().forslag())
        .isEqualTo("Socialnämnden godkänner månadsrapporten.");
  }

  @Test
  void textTypedInTheOpenItemIsKeptToCopyWhenAColleagueChangedItsTextsBeforeItWasReadAgain() {
    vm.forslagProperty().set("Mitt förslag");
    Arendepunkt p = f.services.arendelista().punkter(f.mote.id()).getFirst();
    f.services.arendelista().update(p.id(), p.version(), new se.namndbok.core.sammantrade.ArendepunktInnehall(
        p.innehall().typ(), p.innehall().arendeId(), "Kollegans rubrik", p.innehall().forslagAv(),
        p.innehall().texter(), false, null));

    builder.reload(p.id());
    vm.punktProperty().set(builder.selectedProperty().get());

    assertThat(vm.rubrikProperty().get()).isEqualTo("Kollegans rubrik");
    assertThat(vm.staleProperty().get()).startsWith("Punkten har ändrats av någon annan");
    assertThat(vm.staleTextProperty().get()).contains("Mitt förslag");
  }

  @Test
  void theTextsAndFlagsAreSavedAsOneUpdate() {
    vm.rubrikProperty().set("Statsbidrag 2026");
    vm.forslagAvProperty().set(ForslagAv.ARBETSUTSKOTTET);
    vm.forslagProperty().set("Socialnämnden godkänner redovisningen.");
    vm.sammanfattningProperty().set("Kort sammanfattning.");
    vm.skickasTillProperty().set("Socialstyrelsen");
    vm.sekretessProperty().set(true);
    vm.save(saved::add);

    Arendepunkt p = f.services.arendelista().punkter(f.mote.id()).getFirst();
    assertThat(saved).singleElement().isEqualTo(p);
    assertThat(p.rubrik()).isEqualTo("Statsbidrag 2026");
    assertThat(p.innehall().forslagAv()).isEqualTo(ForslagAv.ARBETSUTSKOTTET);
    assertThat(p.innehall().texter().forslag()).isEqualTo("Socialnämnden godkänner redovisningen.");
    assertThat(p.innehall().texter().beskrivning()).isNull();
    assertThat(p.innehall().texter().skickasTill()).isEqualTo("Socialstyrelsen");
    assertThat(p.sekretess()).isTrue();

    builder.reload(p.id());
    assertThat(builder.innehall().getFirst().rubrik()).isEqualTo("Statsbidrag 2026");
    assertThat(builder.selectedProperty().get().sekretess()).isTrue();
  }

  @Test
  void theBoxOfAnItemOfAConfidentialArendeSaysItIsWithheldAndUntickedReleasesIt() {
    var hemligt = f.services.arenden().register(new se.namndbok.core.arende.NyttArende(null, "3.9.0.1",
        "Rapport enligt lex Maria", "Åsa Öberg", true, java.time.LocalDate.of(2025, 10, 1)));
    builder.addArende(hemligt);
    // as the demo's: the item follows its ärende without being marked itself
    Arendepunkt p = builder.selectedProperty().get().punkt();
    f.services.arendelista().update(p.id(), p.version(), p.innehall().withSekretess(
        se.namndbok.core.sekretess.Sekretess.FOLJER_ARENDET));
    builder.reload(p.id());
    vm.punktProperty().set(builder.selectedProperty().get());

    assertThat(vm.sekretessProperty().get()).as("withheld, as the public kallelse does").isTrue();
    assertThat(builder.selectedProperty().get().sekretess()).as("the list's lock").isTrue();
    assertThat(vm.sekretessHint().get()).isEqualTo("Ärendet är sekretessbelagt i diariet. Rubriken och ärendenumret "
        + "visas ändå i den offentliga kallelsen: skriv rubriken så att ingen enskild kan kännas igen.");

    vm.sekretessProperty().set(false);
    assertThat(vm.sekretessHint().get()).contains("visas i den offentliga kallelsen (friklassad)");
    vm.save(saved::add);

    Arendepunkt released = f.services.arendelista().punkter(f.mote.id()).getLast();
    assertThat(released.innehall().friklassad()).isTrue();
    builder.reload(released.id());
    assertThat(builder.selectedProperty().get().sekretess()).isFalse();
    var kallelse = f.services.core().kallelse().underlag(f.mote.id()).punkter().getLast();
    assertThat(kallelse.sekretess()).as("the kallelse agrees with the box").isFalse();

    vm.punktProperty().set(builder.selectedProperty().get());
    vm.sekretessProperty().set(true);
    vm.save(saved::add);
    assertThat(f.services.core().kallelse().underlag(f.mote.id()).punkter().getLast().sekretess()).isTrue();

    vm.punktProperty().set(null);
    assertThat(vm.sekretessHint().get()).as("nothing shown, nothing said").isEmpty();
  }

  @Test
  void anEmptyRubrikIsRefusedAtTheFieldAndNothingChanges() {
    vm.rubrikProperty().set("  ");
    vm.save(saved::add);
    assertThat(vm.error("Rubrik").get()).isEqualTo("Rubrik: måste fyllas i");
    assertThat(saved).isEmpty();
    assertThat(f.services.arendelista().punkter(f.mote.id()).getFirst().rubrik())
        .isEqualTo("Statsbidrag för att stärka socialtjänstens beredskap");
  }

  @Test
  void beslutsunderlagIsPickedFromTheArendesHandlingarOrTypedAsText() {
    assertThat(vm.handlingar()).extracting(h -> h.rubrik())
        .containsExactly("Anvisningar för statsbidrag 2026", "Tjänsteskrivelse om statsbidrag");
    vm.addHandling(vm.handlingar().get(1));
    vm.underlagTextProperty().set("Skickas ut innan sammanträdet");
    vm.addText();

    assertThat(vm.underlag()).extracting(Underlagsrad::text).containsExactly(
        "Tjänsteskrivelse om statsbidrag, Hid: " + vm.handlingar().get(1).handlingsId() + " (tjansteskrivelse.pdf)",
        "Skickas ut innan sammanträdet");
    assertThat(vm.underlagTextProperty().get()).isEmpty();

    vm.removeUnderlag(vm.underlag().getFirst());
    assertThat(vm.underlag()).extracting(Underlagsrad::text).containsExactly("Skickas ut innan sammanträdet");
  }

  @Test
  void anEmptyTextLineIsRefusedAtTheBeslutsunderlag() {
    vm.underlagTextProperty().set(" ");
    vm.addText();
    assertThat(vm.error("Beslutsunderlag").get()).isEqualTo("Beslutsunderlag: måste fyllas i");
    assertThat(vm.underlag()).isEmpty();
  }

  @Test
  void textTypedInAnItemIsFilledInAgainAfterTheProgramEndedWithoutSavingIt(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path folder) {
    var quiet = new se.namndbok.app.shared.QuietPause();
    var executor = new CurrentThreadTaskExecutor();
    PunktEditorViewModel before = new PunktEditorViewModel(quiet.services(f.store.core(), folder), executor);
    before.punktProperty().set(builder.selectedProperty().get());
    before.forslagProperty().set("Socialnämnden godkänner månadsrapporten.");
    before.sekretessProperty().set(true);
    quiet.pass(); // the user stops typing; then the program is ended without its window closing

    PunktEditorViewModel after = new PunktEditorViewModel(quiet.services(f.store.core(), folder), executor);
    after.punktProperty().set(builder.selectedProperty().get());

    assertThat(after.forslagProperty().get()).isEqualTo("Socialnämnden godkänner månadsrapporten.");
    assertThat(after.sekretessProperty().get()).isTrue();
    assertThat(after.dirtyProperty().get()).as("filled in, to be saved or thrown away").isTrue();
    assertThat(after.aterstalltProperty().get()).startsWith("Det du skrev ").contains("och inte sparade är ifyllt igen")
        .doesNotContain("Någon annan");

    after.save(saved::add);
    quiet.pass();
    assertThat(saved).hasSize(1);
    assertThat(after.aterstalltProperty().get()).isEmpty();
    assertThat(folder).as("the saved draft is gone").isEmptyDirectory();
  }

  @Test
  void aDraftOfAnItemAColleagueChangedSinceNamesTheChangedField(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path folder) {
    var quiet = new se.namndbok.app.shared.QuietPause();
    var executor = new CurrentThreadTaskExecutor();
    PunktEditorViewModel before = new PunktEditorViewModel(quiet.services(f.store.core(), folder), executor);
    before.punktProperty().set(builder.selectedProperty().get());
    before.rubrikProperty().set("Min rubrik");
    quiet.pass();
    Arendepunkt p = f.services.arendelista().punkter(f.mote.id()).getFirst();
    f.services.arendelista().update(p.id(), p.version(), new se.namndbok.core.sammantrade.ArendepunktInnehall(
        p.innehall().typ(), p.innehall().arendeId(), "Kollegans rubrik", p.innehall().forslagAv(),
        p.innehall().texter(), false, null));
    builder.reload(p.id());

    PunktEditorViewModel after = new PunktEditorViewModel(quiet.services(f.store.core(), folder), executor);
    after.punktProperty().set(builder.selectedProperty().get());

    assertThat(after.rubrikProperty().get()).isEqualTo("Min rubrik");
    assertThat(after.aterstalltProperty().get()).endsWith("Någon annan har ändrat rubrik sedan dess; jämför innan du sparar.");
    after.discard();
    assertThat(after.rubrikProperty().get()).as("Släng shows what is stored").isEqualTo("Kollegans rubrik");
    quiet.pass();
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void aDraftOfAnItemOfAJusteratMeetingIsNotFilledInAndStaysListed(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path folder) {
    var quiet = new se.namndbok.app.shared.QuietPause();
    var executor = new CurrentThreadTaskExecutor();
    PunktEditorViewModel before = new PunktEditorViewModel(quiet.services(f.store.core(), folder), executor);
    before.punktProperty().set(builder.selectedProperty().get());
    before.forslagProperty().set("Skrivet innan mötet justerades.");
    quiet.pass();

    var services = quiet.services(f.store.core(), folder);
    PunktEditorViewModel after = new PunktEditorViewModel(services, executor);
    after.lockedProperty().set(true);
    after.punktProperty().set(builder.selectedProperty().get());
    quiet.pass();

    assertThat(after.forslagProperty().get()).isNotEqualTo("Skrivet innan mötet justerades.");
    assertThat(after.dirtyProperty().get()).isFalse();
    assertThat(after.aterstalltProperty().get()).isEmpty();
    assertThat(services.drafts().saved()).hasSize(1);
  }
}
