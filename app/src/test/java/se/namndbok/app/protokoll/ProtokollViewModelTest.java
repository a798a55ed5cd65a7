package se.namndbok.app.protokoll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.app.shared.UnsavedChanges;
import se.namndbok.app.testing.DemoTemplate;
import se.namndbok.core.protokoll.ProtokollService;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.testing.TestStore;

class ProtokollViewModelTest {
  private TestStore store;
  private AppServices services;
  private ProtokollViewModel vm;

  @BeforeEach
  void open() {
    store = DemoTemplate.store();
    services = new AppServices(store.core());
    vm = new ProtokollViewModel(services, new CurrentThreadTaskExecutor());
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** A held board meeting on 2025-12-11 with two items and no protokoll yet. */
  private Sammantrade heldMeeting() {
    Sammantrade s = services.sammantraden().create(new NyttSammantrade(null, LocalDate.of(2025, 12, 11),
        LocalTime.of(13, 0), "Stadshuset"));
    for (String rubrik : new String[] {"Månadsrapport oktober 2025", "Internkontrollplan 2026"}) {
      services.arendelista().add(s.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, rubrik,
          ForslagAv.FORVALTNINGEN, PunktTexter.INGA, false, null));
    }
    Sammantrade held = services.sammantraden().setStatus(s.id(), SammantradeStatus.GENOMFORT);
    vm.sammantradeProperty().set(held);
    return held;
  }

  /** The held meeting with its protokoll created by saving the sekreterare. */
  private Sammantrade draft() {
    Sammantrade s = heldMeeting();
    vm.sekreterareProperty().set("Anna Sekreterare");
    vm.sparaUppgifter();
    assertThat(vm.statusProperty().get()).isEqualTo("Utkast");
    return s;
  }

  private NarvaroRad first(boolean ersattare) {
    return vm.narvaro().stream().filter(r -> r.ersattare() == ersattare).findFirst().orElseThrow();
  }

  private void fillCompleteDraft() {
    vm.sparaNarvaro();
    vm.justerare1Property().set(vm.justerareVal().getFirst());
    vm.justeringsdatumProperty().set("2025-12-15");
    vm.justeringsplatsProperty().set("Socialförvaltningen");
    vm.sparaUppgifter();
    List.copyOf(vm.paragrafer()).forEach(p -> {
      p.beslutProperty().set("Socialnämnden godkänner förvaltningens förslag.");
      vm.sparaBeslut(p);
    });
  }

  @Test
  void theDemosJusteradeProtokollIsShownLockedWithItsParagraphNumbersAndTakeDownDate() {
    vm.sammantradeProperty().set(services.sammantraden().findNamndensByDatum(LocalDate.of(2025, 9, 25)).orElseThrow());

    assertThat(vm.justeratProperty().get()).isTrue();
    assertThat(vm.statusProperty().get()).isEqualTo("Justerat");
    assertThat(vm.paragrafer()).isNotEmpty().allSatisfy(p -> assertThat(p.paragraf()).matches("§ \\d+"));
    assertThat(vm.paragrafer()).allSatisfy(p -> assertThat(p.beslutProperty().get()).isNotBlank());
    assertThat(vm.narvaro()).anySatisfy(r -> assertThat(r.narvarandeProperty().get()).isTrue());
    LocalDate anslag = LocalDate.parse(vm.anslagsdatumProperty().get());
    assertThat(anslag).isEqualTo(LocalDate.of(2025, 10, 2));
    assertThat(vm.nedtagningProperty().get()).isEqualTo("Sista dag för överklagande 2025-10-23, tas ned 2025-10-24");
    assertThat(vm.paragrafer()).anySatisfy(p -> assertThat(p.rosterProperty().get())
        .startsWith("Ja: Annika Lindqvist, Tomas Nordström").contains("Nej: Karin Björk"));
    assertThat(vm.paragrafer()).anySatisfy(p -> assertThat(p.javProperty().get()).isEqualTo("Maria Holmgren"));
    assertThat(vm.narvaro()).anySatisfy(r -> assertThat(r.paragraferProperty().get()).isEqualTo("85–"));
    assertThat(vm.inledningProperty().get()).isTrue();
    assertThat(vm.varningarProperty().get()).isEmpty();
    assertThat(vm.exporterbart()).isTrue();

    vm.sekreterareProperty().set("Någon annan");
    vm.sparaUppgifter();
    assertThat(vm.errors().general().get()).contains("är justerat; sammanträdet kan bara ändras genom en rättelse");
  }

  @Test
  void anUtskottsProtokollIsMadeAsAPdfNamedForTheUtskottNotTheBoardsMeetingThatDay(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    Sammantrade board = heldMeeting();
    var au = services.namnder().utskott().stream().filter(u -> u.namn().equals("Socialnämndens arbetsutskott"))
        .findFirst().orElseThrow();
    Sammantrade s = services.sammantraden().create(new NyttSammantrade(au.id(), board.datum(), LocalTime.of(9, 0),
        "Rum 3"));
    services.arendelista().add(s.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, "Beredning av budget 2026",
        ForslagAv.FORVALTNINGEN, PunktTexter.INGA, false, null));
    vm.sammantradeProperty().set(services.sammantraden().setStatus(s.id(), SammantradeStatus.GENOMFORT));
    assertThat(vm.exporterbart()).isFalse();
    vm.sekreterareProperty().set("Anna Sekreterare");
    vm.sparaUppgifter();
    assertThat(vm.exporterbart()).isTrue();

    var export = new ProtokollExportViewModel(services, new CurrentThreadTaskExecutor());
    String name = export.defaultFileName(s, se.namndbok.reports.sekretess.Version.LEDAMOT);
    assertThat(name).isEqualTo("Protokoll Socialnämndens arbetsutskott " + board.datum() + ".pdf");
    java.nio.file.Path out = dir.resolve(name);
    export.export(s, se.namndbok.reports.sekretess.Version.LEDAMOT, out, r -> { });
    assertThat(export.errorProperty().get()).isEmpty();
    String text;
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
    }
    assertThat(text).contains("Socialnämndens arbetsutskott", "Beredning av budget 2026", "Inledning")
        .doesNotContain("Månadsrapport oktober 2025");
  }

  @Test
  void anErsattareServingForAPresentLedamotIsToldAtTheAttendanceAndNothingIsSaved() {
    Sammantrade s = draft();
    NarvaroRad ordinarie = first(false);
    NarvaroRad ersattare = first(true);
    ersattare.narvarandeProperty().set(true);
    ersattare.tjanstgorForProperty().set(ordinarie.person());

    vm.sparaNarvaro();

    assertThat(vm.errors().get("Närvaro").get())
        .contains(ordinarie.namn() + " deltar själv i de paragrafer där " + ersattare.namn() + " ska tjänstgöra");
    assertThat(store.core().protokoll().underlag(s.id()).narvaro()).isEmpty();
    vm.load();
    assertThat(first(true).tjanstgorForProperty().get()).as("read again, the refused input stays to be put right")
        .isEqualTo(ordinarie.person());
    assertThat(vm.narvaroState().dirtyProperty().get()).isTrue();
  }

  @Test
  void aBadlyWrittenTimeOfLeavingIsToldNamingThePerson() {
    draft();
    first(false).lamnadeProperty().set("halv fyra");

    vm.sparaNarvaro();

    assertThat(vm.errors().get("Närvaro").get()).contains(first(false).namn()).contains("ingen tid");
  }

  @Test
  void aWrongMeetingTimeIsToldUnderTheLabelTheUserSees() {
    draft();
    vm.starttidProperty().set("25.10");
    vm.sparaUppgifter();
    assertThat(vm.errors().get("Började kl.").get()).startsWith("Började kl.: ").contains("\"25:10\" är ingen tid");

    vm.starttidProperty().set("15.00");
    vm.sluttidProperty().set("14.30");
    vm.sparaUppgifter();
    assertThat(vm.errors().get("Började kl.").get()).isEmpty();
    assertThat(vm.errors().get("Slutade kl.").get())
        .isEqualTo("Slutade kl.: sammanträdet kan inte sluta innan det börjar");
  }

  @Test
  void justerareAreChosenAmongThoseServingAccordingToTheSavedAttendance() {
    draft();
    NarvaroRad ordinarie = first(false);
    NarvaroRad ersattare = first(true);
    ordinarie.narvarandeProperty().set(false);
    ersattare.narvarandeProperty().set(true);
    ersattare.tjanstgorForProperty().set(ordinarie.person());

    vm.sparaNarvaro();

    assertThat(vm.errors().any()).isFalse();
    assertThat(vm.justerareVal()).contains(ersattare.person()).doesNotContain(ordinarie.person());
    assertThat(first(true).tjanstgorForProperty().get()).isEqualTo(ordinarie.person());
  }

  @Test
  void justeraTellsWhatIsMissingAtTheFieldsThenLocksTheCompleteProtokoll() {
    draft();
    vm.justera();
    assertThat(vm.errors().get("Justerare").get()).contains("måste fyllas i");
    assertThat(vm.errors().get("Justeringens plats").get()).contains("måste fyllas i");
    assertThat(vm.errors().get("Närvaro").get()).contains("ange vilka som var närvarande");
    assertThat(vm.justeratProperty().get()).isFalse();

    fillCompleteDraft();
    vm.justera();

    assertThat(vm.errors().any()).isFalse();
    assertThat(vm.justeratProperty().get()).isTrue();
    assertThat(vm.paragrafer()).extracting(ParagrafRad::paragraf).doesNotContain("§ –").doesNotHaveDuplicates();
    ParagrafRad p = vm.paragrafer().getFirst();
    p.beslutProperty().set("Ändrat i efterhand");
    vm.sparaBeslut(p);
    assertThat(p.errors().general().get()).contains("är justerat; sammanträdet kan bara ändras genom en rättelse");
  }

  @Test
  void beforeTheProtokollExistsABeslutAsksForTheAttendanceFirst() {
    Sammantrade s = heldMeeting();
    assertThat(vm.paragrafer()).extracting(ParagrafRad::rubrik)
        .containsExactly("Månadsrapport oktober 2025", "Internkontrollplan 2026");

    vm.sparaBeslut(vm.paragrafer().getFirst());

    assertThat(vm.paragrafer().getFirst().errors().get("Beslut").get()).contains("Spara närvaron");
    assertThat(store.core().protokoll().find(s.id())).isEmpty();
  }

  @Test
  void changesThrownAwayTakeTheirRefusalsMessageWithThem() {
    heldMeeting();
    ParagrafRad p = vm.paragrafer().getFirst();
    p.beslutProperty().set("Enligt förslaget");
    vm.sparaBeslut(p);
    assertThat(p.errors().get("Beslut").get()).contains("Spara närvaron");

    UnsavedChanges.Guard beslut = ProtokollGuards.of(vm).stream().filter(g -> g.what().equals(p.beslutet()))
        .findFirst().orElseThrow();
    beslut.discard();

    assertThat(p.beslutProperty().get()).isEmpty();
    assertThat(p.errors().any()).as("no red text under the emptied field").isFalse();
  }

  @Test
  void theAttendanceSavedFirstCreatesTheProtokollWithTheBoardsSekreterareAndKeepsTheDetailsTyped() {
    Sammantrade s = heldMeeting();
    assertThat(vm.sekreterareProperty().get()).as("the sekreterare it will get, shown").isEqualTo("Anna Berg");
    assertThat(vm.uppgifterState().dirtyProperty().get()).isFalse();
    first(false).ankomProperty().set("13:05");
    vm.justeringsplatsProperty().set("Socialförvaltningen");

    vm.sparaNarvaro();

    assertThat(vm.errors().get("Närvaro").get()).isEmpty();
    assertThat(vm.statusProperty().get()).isEqualTo("Utkast");
    assertThat(store.core().protokoll().find(s.id()).orElseThrow().sekreterare()).isEqualTo("Anna Berg");
    assertThat(vm.sekreterareProperty().get()).as("the sekreterare as created").isEqualTo("Anna Berg");
    assertThat(vm.justeringsplatsProperty().get()).as("typed, not saved").isEqualTo("Socialförvaltningen");
    assertThat(vm.uppgifterState().dirtyProperty().get()).isTrue();
    assertThat(vm.narvaroState().dirtyProperty().get()).isFalse();
    assertThat(first(false).ankomProperty().get()).isEqualTo("13:05");
    assertThat(vm.justerareVal()).isNotEmpty();

    vm.justerare1Property().set(vm.justerareVal().getFirst());
    vm.sparaUppgifter();
    assertThat(vm.errors().summary()).isEmpty();
    assertThat(store.core().protokoll().find(s.id()).orElseThrow())
        .satisfies(p -> assertThat(p.justeringsplats()).isEqualTo("Socialförvaltningen"))
        .satisfies(p -> assertThat(p.justerare1Id()).isEqualTo(vm.justerareVal().getFirst().id()));
  }

  @Test
  void attendanceTypedWhenTheBoardNamesNoSekreterareIsKeptAndTheQuestionsSaveSaysWhyItWasNot() {
    Sammantrade s = heldMeeting();
    store.core().namnd().sparaKontakt(se.namndbok.core.namnd.Kallelsekontakt.INGEN);
    NarvaroRad annika = first(false);
    annika.ankomProperty().set("13:05");
    List<String> told = new java.util.ArrayList<>();
    List<String> happened = new java.util.ArrayList<>();
    UnsavedChanges.Ask spara = new UnsavedChanges.Ask() {
      @Override
      public javafx.scene.control.ButtonType ask(UnsavedChanges.Guard g) {
        return UnsavedChanges.SPARA;
      }

      @Override
      public void refused(UnsavedChanges.Guard g) {
        told.add(g.what() + ": " + g.refusal());
      }
    };

    UnsavedChanges.check(ProtokollGuards.of(vm), spara, () -> happened.add("gick vidare"),
        () -> happened.add("stannade"));

    assertThat(happened).containsExactly("stannade");
    assertThat(told).singleElement().asString().startsWith("närvaro: ")
        .contains("nämnden har ingen sekreterare angiven").contains("spara uppgifterna först");
    assertThat(annika.ankomProperty().get()).isEqualTo("13:05");
    assertThat(vm.narvaroState().dirtyProperty().get()).isTrue();
    assertThat(store.core().protokoll().find(s.id())).isEmpty();
  }

  @Test
  void savingTheDetailsKeepsTheAttendanceAndBeslutTypedButNotSaved() {
    heldMeeting();
    first(false).ankomProperty().set("13:10");
    vm.paragrafer().getFirst().beslutProperty().set("Nämnden godkänner rapporten.");

    vm.sekreterareProperty().set("Anna Sekreterare");
    vm.sparaUppgifter();

    assertThat(vm.statusProperty().get()).isEqualTo("Utkast");
    assertThat(vm.uppgifterState().dirtyProperty().get()).isFalse();
    assertThat(first(false).ankomProperty().get()).isEqualTo("13:10");
    assertThat(vm.narvaroState().dirtyProperty().get()).isTrue();
    ParagrafRad forsta = vm.paragrafer().getFirst();
    assertThat(forsta.beslutProperty().get()).isEqualTo("Nämnden godkänner rapporten.");
    assertThat(forsta.state().dirtyProperty().get()).isTrue();

    vm.sparaNarvaro();
    vm.sparaBeslut(vm.paragrafer().getFirst());

    assertThat(vm.narvaroState().dirtyProperty().get()).isFalse();
    assertThat(first(false).ankomProperty().get()).isEqualTo("13:10");
    assertThat(vm.paragrafer().getFirst().state().dirtyProperty().get()).isFalse();
    assertThat(vm.paragrafer().getFirst().beslutProperty().get()).isEqualTo("Nämnden godkänner rapporten.");
  }

  @Test
  void savingOneBeslutKeepsTheDetailsAndAnotherBeslutTypedButNotSaved() {
    draft();
    vm.paragrafer().get(0).beslutProperty().set("Nämnden godkänner rapporten.");
    vm.paragrafer().get(1).beslutProperty().set("Nämnden antar internkontrollplanen.");
    vm.justeringsplatsProperty().set("Socialförvaltningen");

    vm.sparaBeslut(vm.paragrafer().get(0));

    assertThat(vm.paragrafer().get(0).state().dirtyProperty().get()).isFalse();
    assertThat(vm.paragrafer().get(1).beslutProperty().get()).isEqualTo("Nämnden antar internkontrollplanen.");
    assertThat(vm.paragrafer().get(1).state().dirtyProperty().get()).isTrue();
    assertThat(vm.justeringsplatsProperty().get()).isEqualTo("Socialförvaltningen");
    assertThat(vm.uppgifterState().dirtyProperty().get()).isTrue();
  }

  @Test
  void anotherMeetingChosenShowsItsOwnProtokollNotTheInputOfTheLastOne() {
    heldMeeting();
    first(false).ankomProperty().set("13:10");
    Sammantrade annat = services.sammantraden().create(new NyttSammantrade(null, LocalDate.of(2025, 12, 18),
        LocalTime.of(9, 0), "Stadshuset"));

    vm.sammantradeProperty().set(annat);

    assertThat(vm.narvaro()).isNotEmpty().allSatisfy(r -> assertThat(r.ankomProperty().get()).isEmpty());
    assertThat(vm.narvaroState().dirtyProperty().get()).isFalse();
  }

  @Test
  void anItemDecidedAsProposedTakesItsForslagAsBeslutButNeverOverTypedText() {
    Sammantrade s = services.sammantraden().create(new NyttSammantrade(null, LocalDate.of(2025, 12, 11),
        LocalTime.of(13, 0), "Stadshuset"));
    services.arendelista().add(s.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, "Månadsrapport oktober 2025",
        ForslagAv.FORVALTNINGEN, new PunktTexter("  Socialnämnden beslutar att godkänna månadsrapporten.\n", null,
            null, null, null, null), false, null));
    services.arendelista().add(s.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, "Internkontrollplan 2026",
        ForslagAv.FORVALTNINGEN, PunktTexter.INGA, false, null));
    vm.sammantradeProperty().set(services.sammantraden().setStatus(s.id(), SammantradeStatus.GENOMFORT));
    vm.sekreterareProperty().set("Anna Sekreterare");
    vm.sparaUppgifter();
    ParagrafRad rapport = vm.paragrafer().get(0);
    ParagrafRad plan = vm.paragrafer().get(1);
    assertThat(rapport.forslag()).isEqualTo("Socialnämnden beslutar att godkänna månadsrapporten.");
    assertThat(plan.forslag()).isEmpty();

    rapport.enligtForslaget();
    vm.sparaBeslut(rapport);

    assertThat(store.core().protokoll().underlag(s.id()).punkter().getFirst().paragraf().beslut())
        .isEqualTo("Socialnämnden beslutar att godkänna månadsrapporten.");
    ParagrafRad igen = vm.paragrafer().get(0);
    igen.beslutProperty().set("Socialnämnden återremitterar ärendet.");
    igen.enligtForslaget();
    assertThat(igen.beslutProperty().get()).isEqualTo("Socialnämnden återremitterar ärendet.");
  }

  @Test
  void anEmptyBeslutIsToldAtTheItemsOwnField() {
    draft();
    ParagrafRad p = vm.paragrafer().getFirst();
    p.beslutProperty().set("  ");

    vm.sparaBeslut(p);

    assertThat(p.errors().get("Beslut").get()).contains("Beslut");
    assertThat(vm.paragrafer().get(1).errors().any()).isFalse();
  }

  @Test
  void whileAnotherMeetingIsReadTheFormShowsNothingOfThePreviousOneAndCannotBeTypedInto() {
    java.util.List<se.namndbok.app.shared.BackgroundTask<?>> waiting = new java.util.ArrayList<>();
    ProtokollViewModel slow = new ProtokollViewModel(services, new se.namndbok.app.shared.TaskExecutor() {
      @Override
      public <T> void execute(se.namndbok.app.shared.BackgroundTask<T> task) {
        waiting.add(task);
      }
    });
    slow.sammantradeProperty().set(services.sammantraden().findNamndensByDatum(LocalDate.of(2025, 9, 25))
        .orElseThrow());
    new CurrentThreadTaskExecutor().execute(waiting.removeFirst());
    assertThat(slow.narvaro()).isNotEmpty();
    assertThat(slow.underlagProperty().get()).isNotNull();

    slow.sammantradeProperty().set(services.sammantraden().findNamndensByDatum(LocalDate.of(2025, 10, 23))
        .orElseThrow());

    assertThat(slow.narvaro()).as("the attendance of 2025-09-25").isEmpty();
    assertThat(slow.paragrafer()).isEmpty();
    assertThat(slow.underlagProperty().get()).as("no underlag: the view is read-only").isNull();
    new CurrentThreadTaskExecutor().execute(waiting.removeFirst());
    assertThat(slow.underlagProperty().get().sammantrade().datum()).isEqualTo(LocalDate.of(2025, 10, 23));
  }

  @Test
  void aJusteringDateTypedWithoutAYearIsTheFirstSuchDayAfterTheMeetingNotInTodaysYear() {
    draft(); // the meeting of 2025-12-11
    vm.justeringsdatumProperty().set("8/1");
    vm.sparaUppgifter();
    vm.load();
    assertThat(vm.justeringsdatumProperty().get()).isEqualTo("2026-01-08");

    vm.justeringsdatumProperty().set("15/12");
    vm.sparaUppgifter();
    vm.load();
    assertThat(vm.justeringsdatumProperty().get()).isEqualTo("2025-12-15");
  }

  @Test
  void theAnslagDateIsRefusedBeforeJusteringAndGivesTheTakeDownDateAfter() {
    draft();
    fillCompleteDraft();
    vm.anslagsdatumProperty().set("2025-12-16");
    vm.anslag();
    assertThat(vm.errors().get("Anslagsdatum").get()).contains("måste vara justerat");

    vm.justera();
    vm.anslagsdatumProperty().set("31/11");
    assertThat(vm.nedtagningProperty().get()).isEmpty();
    vm.anslag();
    assertThat(vm.errors().get("Anslagsdatum").get()).contains("är inget datum");

    vm.anslagsdatumProperty().set("2025-12-16");
    vm.anslag();
    assertThat(vm.errors().any()).isFalse();
    vm.load();
    assertThat(vm.anslagsdatumProperty().get()).isEqualTo("2025-12-16");
    // three weeks is trettondedag jul, a helgdag: the last day moves to the next weekday (lag 1930:173)
    assertThat(vm.nedtagningProperty().get()).isEqualTo("Sista dag för överklagande 2026-01-07, tas ned 2026-01-08");
  }

  @Test
  void aBehandlingIsTypedByNameAndSavedWithTheBeslutAndAnUnknownNameIsToldAtItsField() {
    Sammantrade s = draft();
    NarvaroRad ordinarie = first(false);
    vm.sparaNarvaro();
    vm.load();
    ParagrafRad rad = vm.paragrafer().getFirst();
    rad.beslutProperty().set("Nämnden beslutar enligt förslaget.");
    rad.yrkandenProperty().set("Okänd Person: bifall");
    vm.sparaBeslut(rad);
    assertThat(rad.errors().get("Yrkanden").get()).contains("\"Okänd Person\" har ingen plats i nämnden");

    rad.yrkandenProperty().set(ordinarie.namn() + ": Bifall till förslaget.");
    rad.anteckningarProperty().set(ordinarie.namn() + " (S): Jag vill följa ärendet.");
    vm.sparaBeslut(rad);
    assertThat(rad.errors().any()).isFalse();
    var behandling = store.core().protokoll().underlag(s.id()).punkter().getFirst().behandling();
    assertThat(behandling.yrkanden()).singleElement().satisfies(y -> {
      assertThat(y.ledamotId()).isEqualTo(ordinarie.person().id());
      assertThat(y.text()).isEqualTo("Bifall till förslaget.");
    });
    assertThat(behandling.anteckningar()).hasSize(1);
  }

  @Test
  void beslutAndDetailsTypedAndNotSavedAreFilledInAgainAfterTheProgramEndedAndToldUntilSaved(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
    var quiet = new se.namndbok.app.shared.QuietPause();
    ProtokollViewModel before = withDrafts(folder, quiet);
    Sammantrade s = draft();
    before.sammantradeProperty().set(s);
    ParagrafRad first = before.paragrafer().getFirst();
    first.beslutProperty().set("Socialnämnden godkänner månadsrapporten.");
    before.justeringsplatsProperty().set("Stadshuset, rum 3");
    Person justerare = before.justerareVal().get(1); // a choice in a list, kept by the person's id and name
    before.justerare1Property().set(justerare);
    boolean wasPresent = before.narvaro().getFirst().narvarandeProperty().get();
    before.narvaro().getFirst().narvarandeProperty().set(!wasPresent);
    // a save of another part reads the form again: the typed beslut is put back, and its draft kept
    before.paragrafer().get(1).beslutProperty().set("Socialnämnden antar planen.");
    before.sparaBeslut(before.paragrafer().get(1));
    quiet.pass(); // the user stops typing; the program is then ended without its window closing

    ProtokollViewModel after = withDrafts(folder, quiet);
    after.sammantradeProperty().set(s);

    assertThat(after.paragrafer().getFirst().beslutProperty().get()).isEqualTo("Socialnämnden godkänner månadsrapporten.");
    assertThat(after.paragrafer().get(1).beslutProperty().get()).as("saved").isEqualTo("Socialnämnden antar planen.");
    assertThat(after.paragrafer().get(1).state().dirtyProperty().get()).isFalse();
    assertThat(after.justeringsplatsProperty().get()).isEqualTo("Stadshuset, rum 3");
    assertThat(after.justerare1Property().get()).isEqualTo(justerare).isIn(after.justerareVal());
    assertThat(after.narvaro().getFirst().narvarandeProperty().get()).isEqualTo(!wasPresent);
    assertThat(after.aterstalltProperty().get())
        .startsWith("Det du skrev och inte sparade är ifyllt igen, eftersom Nämndbok avslutades innan det sparades: ")
        .contains("sekreterare och justering (3 november kl. ")
        .contains("närvaro (3 november kl. ")
        .contains("beslutet i punkten ”Månadsrapport oktober 2025” (3 november kl. ")
        .doesNotContain("Internkontrollplan");

    after.sparaBeslut(after.paragrafer().getFirst());
    assertThat(after.aterstalltProperty().get()).as("told until saved").contains("sekreterare och justering")
        .doesNotContain("Månadsrapport");
    after.sparaUppgifter();
    after.sparaNarvaro();
    quiet.pass();
    assertThat(after.aterstalltProperty().get()).isEmpty();
    assertThat(folder).as("every draft saved and gone").isEmptyDirectory();
    assertThat(services.core().protokoll().forEditor(s.id()).protokoll().justeringsplats()).isEqualTo("Stadshuset, rum 3");
    assertThat(services.core().protokoll().forEditor(s.id()).protokoll().justerare1Id()).isEqualTo(justerare.id());
  }

  private ProtokollViewModel withDrafts(java.nio.file.Path folder, se.namndbok.app.shared.QuietPause quiet) {
    return new ProtokollViewModel(quiet.services(store.core(), folder), new CurrentThreadTaskExecutor());
  }
}
