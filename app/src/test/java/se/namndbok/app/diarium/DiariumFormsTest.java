package se.namndbok.app.diarium;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.CoreWiring;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.app.shared.Drafts;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.QuietPause;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.ArendeStatus;
import se.namndbok.core.arende.ArendeStatusService;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.testing.TestStore;

/**
 * The diarium's forms without a window: a handling with a file, changing an ärende, closing and reopening it, and
 * what is typed in its dialogs kept as a draft when the program ends with one open (decision 0171).
 */
class DiariumFormsTest {
  private TestStore store;
  private ArendeService arenden;
  private Arende arende;
  private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
  private final QuietPause quiet = new QuietPause();
  @TempDir
  Path dir;

  @BeforeEach
  void open() {
    store = TestStore.create(CoreWiring.renderers());
    arenden = store.core().arenden();
    arende = arenden.register(NyttArende.nytt("3.9.0.1", "Yttrande till IVO", "Anna Ek", false,
        LocalDate.of(2025, 9, 1)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aDroppedFileNamesTheRubrikAndIsStoredAsItIsWithTheHandling() throws Exception {
    Path pdf = Files.write(dir.resolve("Begäran om yttrande.pdf"), "%PDF-1.7 begäran".getBytes());
    var vm = new RegisterHandlingViewModel(arenden, store.clock(), executor, arende);
    List<Handling> saved = new ArrayList<>();

    assertThat(vm.setFile(pdf)).isTrue();
    vm.motpartProperty().set("Inspektionen för vård och omsorg");
    vm.datumProperty().set("15/10");
    vm.save(saved::add);

    assertThat(saved).singleElement().satisfies(h -> {
      assertThat(h.rubrik()).isEqualTo("Begäran om yttrande");
      assertThat(h.datum()).isEqualTo(LocalDate.of(2025, 10, 15));
      assertThat(h.riktning()).isEqualTo(Riktning.INKOMMANDE);
      assertThat(h.motpart()).isEqualTo("Inspektionen för vård och omsorg");
      assertThat(h.fil().namn()).isEqualTo("Begäran om yttrande.pdf");
      assertThat(arenden.readFile(h.fil())).isEqualTo(Files.readAllBytes(pdf));
    });
  }

  @Test
  void theAvsandareOfEarlierHandlingarCompleteTheField() {
    arenden.registerHandling(arende.id(), new se.namndbok.core.arende.NyHandling(null, java.time.LocalDate.of(2025, 9, 1),
        se.namndbok.core.arende.Riktning.INKOMMANDE, "Inspektionen för vård och omsorg", "Begäran", false));
    var vm = new RegisterHandlingViewModel(arenden, store.clock(), executor, arende);
    assertThat(vm.motparter("insp")).as("before they are read").isEmpty();

    vm.withSuggestions();

    assertThat(vm.motparter("insp")).containsExactly("Inspektionen för vård och omsorg");
    assertThat(vm.motparter("kommun")).isEmpty();
  }

  @Test
  void aFileOfAnotherKindIsRefusedAtTheFileFieldAndNotTaken() throws Exception {
    Path exe = Files.write(dir.resolve("program.exe"), new byte[] {1});
    var vm = new RegisterHandlingViewModel(arenden, store.clock(), executor, arende);

    assertThat(vm.setFile(exe)).isFalse();

    assertThat(vm.filProperty().get()).isNull();
    assertThat(vm.rubrikProperty().get()).isEmpty();
    assertThat(vm.errors().get(RegisterHandlingViewModel.FIL).get()).startsWith("Fil: filen program.exe är av en typ");
  }

  @Test
  void aHandlingWithoutRubrikAndWithABadDateIsToldBothAtOnceAndNothingIsSaved() {
    var vm = new RegisterHandlingViewModel(arenden, store.clock(), executor, arende);
    List<Handling> saved = new ArrayList<>();

    vm.datumProperty().set("31/11");
    vm.motpartProperty().set("IVO 19121212-1212");
    vm.save(saved::add);
    assertThat(vm.errors().get("Datum").get()).startsWith("Datum: \"31/11\" är inget datum");
    assertThat(vm.errors().get("Rubrik").get()).isEqualTo("Rubrik: måste fyllas i");
    assertThat(vm.errors().get(ArendeService.MOTPART).get()).contains("innehåller ett personnummer");

    vm.motpartProperty().set("IVO");

    vm.datumProperty().set("2025-10-01");
    vm.save(saved::add);
    assertThat(vm.errors().get("Rubrik").get()).isEqualTo("Rubrik: måste fyllas i");
    assertThat(saved).isEmpty();
    assertThat(arenden.handlingar(arende.id())).isEmpty();
  }

  @Test
  void changingAnArendeKeepsItsNumberAndSaysSoInItsForm() {
    var vm = RegisterArendeViewModel.forChange(arenden, store.clock(), executor, arende);
    List<Arende> saved = new ArrayList<>();
    assertThat(vm.isChange()).isTrue();
    assertThat(vm.rubrikProperty().get()).isEqualTo("Yttrande till IVO");

    vm.rubrikProperty().set("Yttrande till IVO om tillsyn");
    vm.handlaggareProperty().set("Åsa Öberg");
    vm.save(saved::add);

    assertThat(saved).singleElement().satisfies(a -> {
      assertThat(a.diarienummer()).isEqualTo(arende.diarienummer());
      assertThat(a.rubrik()).isEqualTo("Yttrande till IVO om tillsyn");
      assertThat(a.handlaggare()).isEqualTo("Åsa Öberg");
    });
    assertThat(arenden.count()).isEqualTo(1);
  }

  @Test
  void aForgottenSekretessIsPutRightInTheChangeForm() {
    var vm = RegisterArendeViewModel.forChange(arenden, store.clock(), executor, arende);
    List<Arende> saved = new ArrayList<>();
    assertThat(vm.sparadSekretess()).isFalse();

    vm.sekretessProperty().set(true);
    vm.save(saved::add);

    assertThat(saved).singleElement().satisfies(a -> assertThat(a.sekretess()).isTrue());
    assertThat(arenden.findById(arende.id()).orElseThrow().sekretess()).isTrue();
  }

  @Test
  void closingNeedsNoReasonReopeningDoes() {
    var status = store.core().arendestatus();
    List<Arende> saved = new ArrayList<>();
    var close = new ArendeStatusViewModel(status, executor, arende);
    assertThat(close.avslutar()).isTrue();
    close.save(saved::add);
    Arende closed = saved.getLast();
    assertThat(closed.status()).isEqualTo(ArendeStatus.AVSLUTAT);

    var reopen = new ArendeStatusViewModel(status, executor, closed);
    assertThat(reopen.avslutar()).isFalse();
    reopen.save(saved::add);
    assertThat(reopen.errors().get("Anledning").get()).isEqualTo("Anledning: måste fyllas i");
    assertThat(saved).hasSize(1);

    reopen.anledningProperty().set("Nytt yttrande");
    reopen.save(saved::add);
    assertThat(saved.getLast().status()).isEqualTo(ArendeStatus.PAGAENDE);
  }

  /** A program started anew on the same dir: the drafts are read from disk, not from this one's memory. */
  private Drafts drafts() {
    return Drafts.of(dir.resolve("utkast"), store.clock(), quiet);
  }

  private RegisterArendeViewModel registrera(Drafts drafts) {
    var vm = new RegisterArendeViewModel(arenden::register, store.clock(), executor);
    return vm.withDraft(drafts, "arende-ny", () -> Messages.format("utkast.vad.arende.ny",
        Messages.quoted(vm.rubrikProperty().get())));
  }

  private RegisterArendeViewModel andra(Drafts drafts, Arende a) {
    return RegisterArendeViewModel.forChange(arenden, store.clock(), executor, a).withDraft(drafts,
        RegisterArendeViewModel.draftKey(a), () -> Messages.format("utkast.vad.arende.andras", a.diarienummer()));
  }

  @Test
  void aNewArendeTypedWhenTheProgramEndedIsFilledInWhenRegistreraArendeOpensAgainAndGoneOnceRegistered() {
    var before = registrera(drafts());
    before.klassificeringProperty().set("3.9.0.1");
    before.rubrikProperty().set("Överklagat beslut om bistånd");
    quiet.pass();

    Drafts afterCrash = drafts();
    assertThat(afterCrash.saved()).extracting(Drafts.Saved::key, Drafts.Saved::what).containsExactly(
        tuple("arende-ny", "ett nytt ärende ”Överklagat beslut om bistånd” (Diarium, Registrera ärende)"));
    var after = registrera(afterCrash);

    assertThat(after.klassificeringProperty().get()).isEqualTo("3.9.0.1");
    assertThat(after.rubrikProperty().get()).isEqualTo("Överklagat beslut om bistånd");
    assertThat(after.noticeProperty().get()).contains("är ifyllt igen").doesNotContain("Någon annan")
        .endsWith("Välj Registrera för att spara det eller Avbryt för att slänga det.");

    List<Arende> saved = new ArrayList<>();
    after.save(saved::add);
    assertThat(saved).singleElement().extracting(Arende::rubrik).isEqualTo("Överklagat beslut om bistånd");
    assertThat(afterCrash.saved()).as("registered: the draft gone").isEmpty();
    assertThat(after.noticeProperty().get()).isEmpty();
  }

  @Test
  void aDialogClosedWithoutSavingTakesItsDraftWithIt() {
    Drafts drafts = drafts();
    var form = registrera(drafts);
    form.rubrikProperty().set("Begäran om yttrande");
    quiet.pass();
    assertThat(drafts.saved()).hasSize(1);

    form.discard();

    assertThat(drafts.saved()).isEmpty();
    assertThat(registrera(drafts()).rubrikProperty().get()).as("nothing filled in the next time").isEmpty();
  }

  @Test
  void aChangeComesBackForItsOwnArendeOnlyAndNamesAFieldAColleagueChangedSince() {
    Arende annat = arenden.register(NyttArende.nytt("3.9.0.1", "Tillsyn", "Bo Ek", false, LocalDate.of(2025, 9, 2)));
    var before = andra(drafts(), arende);
    before.rubrikProperty().set("Yttrande till IVO om tillsyn av boende");
    quiet.pass();
    // a colleague changes the same rubrik meanwhile
    Arende changed = arenden.andra(arende, arende.klassificering().kod(), "Yttrande till IVO (komplettering)",
        arende.handlaggare());

    Drafts afterCrash = drafts();
    assertThat(afterCrash.saved()).extracting(Drafts.Saved::what)
        .containsExactly("ändringen av ärende " + arende.diarienummer() + " (välj det och Ändra ärende)");
    var other = andra(afterCrash, annat);
    assertThat(other.rubrikProperty().get()).as("another ärende's form").isEqualTo("Tillsyn");
    assertThat(other.noticeProperty().get()).isEmpty();

    var after = andra(afterCrash, changed);
    assertThat(after.rubrikProperty().get()).isEqualTo("Yttrande till IVO om tillsyn av boende");
    assertThat(after.handlaggareProperty().get()).isEqualTo("Anna Ek");
    assertThat(after.noticeProperty().get()).contains("Välj Spara för att spara det")
        .contains("Någon annan har ändrat rubrik sedan dess");
  }

  @Test
  void aHandlingTypedWithItsFileIsFilledInAgainForTheSameArendeAndGoneOnceRegistered() throws Exception {
    Path pdf = Files.write(dir.resolve("Begäran om yttrande.pdf"), "%PDF-1.7 begäran".getBytes());
    var before = new RegisterHandlingViewModel(arenden, store.clock(), executor, arende).withDraft(drafts());
    before.riktningProperty().set(Riktning.UTGAENDE);
    assertThat(before.setFile(pdf)).isTrue();
    before.motpartProperty().set("Inspektionen för vård och omsorg");
    before.datumProperty().set("15/10");
    quiet.pass();

    Drafts afterCrash = drafts();
    assertThat(afterCrash.saved()).extracting(Drafts.Saved::key, Drafts.Saved::what).containsExactly(tuple(
        "handling-" + arende.id(), "en ny handling ”Begäran om yttrande” i ärende " + arende.diarienummer()
            + " (välj ärendet och Registrera handling)"));
    Arende annat = arenden.register(NyttArende.nytt("3.9.0.1", "Tillsyn", "Bo Ek", false, LocalDate.of(2025, 9, 2)));
    assertThat(new RegisterHandlingViewModel(arenden, store.clock(), executor, annat).withDraft(afterCrash)
        .rubrikProperty().get()).as("another ärende's form").isEmpty();
    var after = new RegisterHandlingViewModel(arenden, store.clock(), executor, arende).withDraft(afterCrash);

    assertThat(after.riktningProperty().get()).isEqualTo(Riktning.UTGAENDE);
    assertThat(after.filProperty().get()).isEqualTo(pdf);
    assertThat(after.rubrikProperty().get()).isEqualTo("Begäran om yttrande");
    assertThat(after.datumProperty().get()).isEqualTo("15/10");
    assertThat(after.noticeProperty().get()).contains("är ifyllt igen");

    List<Handling> saved = new ArrayList<>();
    after.save(saved::add);
    assertThat(saved).singleElement().satisfies(h -> {
      assertThat(h.motpart()).isEqualTo("Inspektionen för vård och omsorg");
      assertThat(h.datum()).isEqualTo(LocalDate.of(2025, 10, 15));
      assertThat(arenden.readFile(h.fil())).isEqualTo(Files.readAllBytes(pdf));
    });
    assertThat(afterCrash.saved()).as("registered: the draft gone").isEmpty();
  }

  @Test
  void aHandlingFormOpenedOnAnotherDayIsNotToldThatSomeoneChangedItsDate() {
    var before = new RegisterHandlingViewModel(arenden, store.clock(), executor, arende).withDraft(drafts());
    before.datumProperty().set("15/10");
    quiet.pass();
    var nextDay = new se.namndbok.core.shared.Clock(java.time.Clock.offset(store.clock().clock(),
        java.time.Duration.ofDays(1)), "testare");

    var after = new RegisterHandlingViewModel(arenden, nextDay, executor, arende).withDraft(drafts());

    assertThat(after.datumProperty().get()).isEqualTo("15/10");
    assertThat(after.noticeProperty().get()).contains("är ifyllt igen").doesNotContain("Någon annan");
  }
}
