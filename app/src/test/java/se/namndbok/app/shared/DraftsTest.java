package se.namndbok.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.shared.Clock;

/** What is typed and not saved survives a program that ends without closing, and nothing else does. */
class DraftsTest {
  private static final Clock CLOCK = new Clock(java.time.Clock.fixed(Instant.parse("2026-12-06T13:32:00Z"),
      ZoneId.of("Europe/Stockholm")), "test");

  @TempDir
  Path folder;
  private final QuietPause quiet = new QuietPause();

  private Drafts drafts() {
    return Drafts.of(folder, CLOCK, quiet);
  }

  /** The user stops typing: the pause ends and the drafts are written. */
  private void pause() {
    quiet.pass();
  }

  /** One form: a text, a choice and a box, showing the record {@code id} (null: nothing shown). */
  private final class Form {
    final StringProperty text = new SimpleStringProperty("");
    final ObjectProperty<ForslagAv> av = new SimpleObjectProperty<>(ForslagAv.FORVALTNINGEN);
    final BooleanProperty box = new SimpleBooleanProperty();
    final EntryFormState state = EntryFormState.of(List.of(text, av, box));
    final ObjectProperty<Long> id = new SimpleObjectProperty<>();
    final Drafts.Draft draft;

    Form(Drafts drafts) {
      draft = drafts.keep(state, () -> id.get() == null ? null : "punkt-" + id.get(), () -> "punkt " + id.get());
    }

    /** Shows a stored record, as the editors do: the key first, then the values, then "nothing unsaved". */
    void show(long record, String storedText) {
      id.set(record);
      text.set(storedText);
      av.set(ForslagAv.FORVALTNINGEN);
      box.set(false);
      state.saved();
    }
  }

  @Test
  void whatIsTypedIsFilledInAgainWhenTheSameRecordIsShownAfterTheProgramEnded() {
    Form before = new Form(drafts());
    before.show(7, "Stored");
    before.text.set("Typed and never saved");
    before.av.set(ForslagAv.ARBETSUTSKOTTET);
    pause();

    Drafts afterCrash = drafts();
    assertThat(afterCrash.saved()).extracting(Drafts.Saved::key, Drafts.Saved::what)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("punkt-7", "punkt 7"));
    Form after = new Form(afterCrash);
    after.show(7, "Stored");
    var restored = after.draft.restore();

    assertThat(restored).isPresent();
    assertThat(restored.get().changedSince()).isEmpty();
    assertThat(restored.get().when()).isEqualTo(java.time.LocalDateTime.of(2026, 12, 6, 14, 32));
    assertThat(after.text.get()).isEqualTo("Typed and never saved");
    assertThat(after.av.get()).isEqualTo(ForslagAv.ARBETSUTSKOTTET);
    assertThat(after.state.dirtyProperty().get()).as("filled in, not saved").isTrue();
  }

  @Test
  void aSavedOrDiscardedFormLeavesNoDraft() {
    Drafts drafts = drafts();
    Form form = new Form(drafts);
    form.show(7, "Stored");
    form.text.set("Typed");
    pause();
    assertThat(drafts.saved()).hasSize(1);

    form.state.saved();
    assertThat(drafts.saved()).as("saved").isEmpty();

    form.text.set("Typed again");
    pause();
    assertThat(drafts.saved()).hasSize(1);
    form.state.discard();
    assertThat(drafts.saved()).as("discarded").isEmpty();
  }

  @Test
  void readingARecordIntoTheFormDoesNotRemoveTheDraftItIsAboutToFillIn() {
    Form before = new Form(drafts());
    before.show(7, "Stored");
    before.text.set("Typed in 7");
    pause();

    Form after = new Form(drafts());
    after.show(3, "Another");
    after.text.set("Typed in 3");
    pause();
    after.state.discard();
    after.show(7, "Stored");

    assertThat(after.draft.restore()).isPresent();
    assertThat(after.text.get()).isEqualTo("Typed in 7");
  }

  @Test
  void aFieldSomeoneElseChangedSinceIsFilledInAndNamed() {
    Form before = new Form(drafts());
    before.show(7, "Stored");
    before.text.set("Mine");
    before.box.set(true);
    pause();

    Form after = new Form(drafts());
    after.show(7, "A colleague's");
    var restored = after.draft.restore().orElseThrow();

    assertThat(restored.changedSince()).containsExactly(0);
    assertThat(after.text.get()).isEqualTo("Mine");
    assertThat(after.box.get()).isTrue();
    assertThat(Drafts.notice(restored, List.of("beskrivning", "förslag av", "sekretess")))
        .startsWith("Det du skrev 6 december kl. 14.32 och inte sparade är ifyllt igen")
        .endsWith("Någon annan har ändrat beskrivning sedan dess; jämför innan du sparar.");
  }

  @Test
  void aDraftThatWasSavedBeforeTheProgramEndedIsRemovedWithoutANotice() throws IOException {
    Form before = new Form(drafts());
    before.show(7, "Stored");
    before.text.set("Saved at last");
    pause();
    Path file = folder.resolve("punkt-7.utkast");
    byte[] leftBehind = Files.readAllBytes(file);
    before.state.saved(); // the save the program made; its draft's removal never ran
    Files.write(file, leftBehind);

    Drafts drafts = drafts();
    Form after = new Form(drafts);
    after.show(7, "Saved at last");

    assertThat(after.draft.restore()).isEmpty();
    assertThat(after.state.dirtyProperty().get()).isFalse();
    assertThat(drafts.saved()).isEmpty();
  }

  @Test
  void aPersonnummerIsNeverWrittenEvenInADraft() throws IOException {
    Form form = new Form(drafts());
    form.show(7, "");
    form.text.set("Ansökan från 19121212-1212 om bistånd");
    pause();

    String written = Files.readString(folder.resolve("punkt-7.utkast"), StandardCharsets.UTF_8);
    assertThat(written).doesNotContain("19121212").doesNotContain("1212-1212").contains("Ansökan från ")
        .contains("om bistånd");

    Form after = new Form(drafts());
    after.show(7, "");
    after.draft.restore();
    assertThat(after.text.get()).isEqualTo("Ansökan från " + Drafts.PERSONNUMMER_BORTTAGET + " om bistånd");
  }

  @Test
  void aChoiceIsFilledInAlsoWhereTheFormReadInAgainHasNoneAndByItsNameAloneWhereItHasOne() throws IOException {
    Form before = new Form(drafts());
    before.show(7, "Stored");
    before.av.set(ForslagAv.ARBETSUTSKOTTET);
    pause();
    Form empty = new Form(drafts());
    empty.show(7, "Stored");
    empty.av.set(null);
    empty.state.saved();
    empty.draft.restore();
    assertThat(empty.av.get()).as("read by its class").isEqualTo(ForslagAv.ARBETSUTSKOTTET);

    // as the first drafts were written: the constant's name alone, read by the class of the form's value
    Path file = folder.resolve("punkt-7.utkast");
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(
        "=e" + ForslagAv.class.getName() + "\\#", "=e"), StandardCharsets.UTF_8);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("v.1=eARBETSUTSKOTTET");
    Form older = new Form(drafts());
    older.show(7, "Stored");
    older.draft.restore();
    assertThat(older.av.get()).isEqualTo(ForslagAv.ARBETSUTSKOTTET);
  }

  @Test
  void aPersonnummerTypedInWhatNamesTheDraftIsNotWrittenEither() throws IOException {
    StringProperty rubrik = new SimpleStringProperty("");
    EntryFormState state = EntryFormState.of(List.of(rubrik));
    drafts().keep(state, () -> "arende-ny", () -> "ett nytt ärende ”" + rubrik.get() + "”");
    rubrik.set("Ansökan 191212121212");
    pause();

    assertThat(Files.readString(folder.resolve("arende-ny.utkast"), StandardCharsets.UTF_8)).doesNotContain("1212121212");
    assertThat(drafts().saved()).extracting(Drafts.Saved::what)
        .containsExactly("ett nytt ärende ”Ansökan " + Drafts.PERSONNUMMER_BORTTAGET + "”");
  }

  @Test
  void aChosenFileIsKeptByItsPathUnlessThePathHoldsAPersonnummer() {
    Path plain = folder.resolve("Yttrande.pdf");
    Path named = folder.resolve("Ansökan 19121212-1212.pdf");
    for (Path chosen : List.of(plain, named)) {
      ObjectProperty<Path> file = new SimpleObjectProperty<>();
      EntryFormState before = EntryFormState.of(List.of(file, new SimpleStringProperty("")));
      drafts().keep(before, () -> "handling-" + chosen.hashCode(), () -> "");
      before.set(new EntryFormState.Values(List.of(chosen, "Typed")));
      pause();

      ObjectProperty<Path> fileAfter = new SimpleObjectProperty<>();
      StringProperty textAfter = new SimpleStringProperty("");
      EntryFormState after = EntryFormState.of(List.of(fileAfter, textAfter));
      drafts().keep(after, () -> "handling-" + chosen.hashCode(), () -> "").restore();
      assertThat(fileAfter.get()).as("filled in again: %s", chosen).isEqualTo(chosen == plain ? plain : null);
      assertThat(textAfter.get()).isEqualTo("Typed");
    }
  }

  @Test
  void nothingIsKeptWhereDraftsAreNotAllowed() {
    Form form = new Form(Drafts.none());
    form.show(7, "Stored");
    form.text.set("Typed");
    pause();
    assertThat(Drafts.none().saved()).isEmpty();

    Drafts encrypted = new Drafts(folder, Runnable::run, CLOCK, quiet, () -> false);
    Form secret = new Form(encrypted);
    secret.show(7, "Stored");
    secret.text.set("Typed in an encrypted store");
    pause();
    assertThat(encrypted.saved()).isEmpty();
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void anUnreadableDraftIsLeftAloneAndNothingIsFilledIn() throws IOException {
    Files.writeString(folder.resolve("punkt-7.utkast"), "antal=3\nv.0=\\uZZZZ\n");
    Form form = new Form(drafts());
    form.show(7, "Stored");

    assertThat(form.draft.restore()).isEmpty();
    assertThat(form.text.get()).isEqualTo("Stored");
    assertThat(folder.resolve("punkt-7.utkast")).exists();
  }

  @Test
  void theNoticeAtStartListsEveryDraftLeftWithWhenItWasWritten() {
    Drafts drafts = drafts();
    Form punkt = new Form(drafts);
    punkt.show(7, "Stored");
    punkt.text.set("Typed");
    pause();

    String text = DraftsNotice.text(drafts.saved());

    assertThat(text).startsWith("Nämndbok avslutades innan allt du skrev var sparat.")
        .endsWith("\n\n• 6 december kl. 14.32: punkt 7");
    drafts.discardAll();
    assertThat(drafts.saved()).isEmpty();
  }

  @Test
  void theNoticeAtStartCountsWhatDoesNotFitOnASmallScreen() {
    List<Drafts.Saved> many = java.util.stream.IntStream.rangeClosed(1, 30)
        .mapToObj(i -> new Drafts.Saved("paragraf-" + i, "beslutet i § " + i, java.time.LocalDateTime.of(2026, 12, 6,
            14, i))).toList();

    List<String> lines = DraftsNotice.text(many).lines().filter(l -> l.startsWith("• ")).toList();

    assertThat(lines).hasSize(DraftsNotice.LINES).startsWith("• 6 december kl. 14.01: beslutet i § 1")
        .endsWith("• och 23 till");
    assertThat(DraftsNotice.text(many.subList(0, DraftsNotice.LINES)).lines().filter(l -> l.startsWith("• ")))
        .as("all listed when they fit").hasSize(DraftsNotice.LINES).noneMatch(l -> l.contains(" till"));
  }

  @Test
  void aDraftWrittenBeforeTheStoreWasEncryptedIsFilledInAndItsFileRemoved() {
    Form before = new Form(drafts());
    before.show(7, "Stored");
    before.text.set("Typed before the store was encrypted");
    pause();

    Drafts encrypted = new Drafts(folder, Runnable::run, CLOCK, quiet, () -> false);
    Form after = new Form(encrypted);
    after.show(7, "Stored");
    assertThat(after.draft.restore()).isPresent();
    pause();

    assertThat(after.text.get()).isEqualTo("Typed before the store was encrypted");
    assertThat(after.state.dirtyProperty().get()).isTrue();
    assertThat(folder.resolve("punkt-7.utkast")).as("only in the window now").doesNotExist();
  }

  @Test
  void aDraftThrownAwayIsNotFilledInAgainBeforeItsRemovalReachesTheDisk() {
    java.util.List<Runnable> writes = new java.util.ArrayList<>();
    Drafts slow = new Drafts(folder, writes::add, CLOCK, quiet, () -> true);
    Form form = new Form(slow);
    form.show(7, "Stored");
    form.text.set("Mitt förslag");
    pause();
    writes.removeFirst().run(); // the draft is on disk
    assertThat(folder.resolve("punkt-7.utkast")).exists();

    form.state.discard(); // "Läs in den nya versionen" after a refused save: thrown away, the item read again
    form.show(7, "Annas förslag");

    assertThat(form.draft.restore()).as("the removal is still on its way to the disk").isEmpty();
    assertThat(form.text.get()).isEqualTo("Annas förslag");
    writes.forEach(Runnable::run);
    assertThat(folder.resolve("punkt-7.utkast")).doesNotExist();
  }

  @Test
  void aDraftNotYetOnDiskIsFilledInFromWhatWasAskedFor() {
    java.util.List<Runnable> writes = new java.util.ArrayList<>();
    Drafts slow = new Drafts(folder, writes::add, CLOCK, quiet, () -> true);
    Form before = new Form(slow);
    before.show(7, "Stored");
    before.text.set("Typed");
    pause();

    Form after = new Form(slow);
    after.show(7, "Stored");
    assertThat(after.draft.restore()).isPresent();
    assertThat(after.text.get()).isEqualTo("Typed");
  }
}
