package se.namndbok.app.diarium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Completion;
import se.namndbok.app.shared.Drafts;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.FormDraft;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Filtyp;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.ValidationException;

/**
 * "Registrera handling" on an ärende: riktning, datum (today unless changed), avsändare or mottagare, rubrik,
 * sekretess and an optional file, dropped or chosen, of one of the {@link Filtyp}s. The file is read off the
 * JavaFX thread and stored as it is; saving is one {@link ArendeService#registerHandling} call.
 */
public final class RegisterHandlingViewModel {
  static final String DATUM = "Datum";
  static final String RUBRIK = "Rubrik";
  static final String FIL = "Fil";

  private final ArendeService arenden;
  private final Clock clock;
  private final TaskExecutor executor;
  private final se.namndbok.app.shared.RestCheck restCheck;
  private final Arende arende;
  private final ObjectProperty<Riktning> riktning = new SimpleObjectProperty<>(Riktning.INKOMMANDE);
  private final StringProperty datum = new SimpleStringProperty("");
  private final StringProperty motpart = new SimpleStringProperty("");
  private final StringProperty rubrik = new SimpleStringProperty("");
  private final BooleanProperty sekretess = new SimpleBooleanProperty();
  private final ObjectProperty<Path> fil = new SimpleObjectProperty<>();
  private final BooleanProperty saving = new SimpleBooleanProperty();
  private volatile List<String> motparter = List.of();
  private final FieldErrors errors = new FieldErrors(DATUM, "Riktning", ArendeService.MOTPART, RUBRIK, FIL);
  private final EntryFormState state = EntryFormState.of(List.of(riktning, datum, motpart, rubrik,
      sekretess, fil));
  private final StringProperty notice = new SimpleStringProperty("");

  public RegisterHandlingViewModel(ArendeService arenden, Clock clock, TaskExecutor executor, Arende arende) {
    this.arenden = arenden;
    this.clock = clock;
    this.executor = executor;
    this.restCheck = new se.namndbok.app.shared.RestCheck(executor);
    this.arende = arende;
    datum.set(clock.today().toString());
    sekretess.set(arende.sekretess());
    state.saved();
  }

  /**
   * Keeps what is typed as a draft while the form is open (decision 0171), one per ärende, and fills in one left
   * from before, when the program ended with the form open; returns this form.
   */
  public RegisterHandlingViewModel withDraft(Drafts drafts) {
    FormDraft draft = FormDraft.inDialog(drafts, state, () -> "handling-" + arende.id(),
        () -> Messages.format("utkast.vad.handling", Messages.quoted(rubrik.get()), arende.diarienummer()),
        List::of, // a new handling: no one else can have changed its fields since (today's date can have)
        Messages.get("registrera.spara"));
    notice.bind(draft.noticeProperty());
    draft.restore();
    return this;
  }

  /** Non-empty while the form holds what was typed and not saved before the program last ended. */
  public StringProperty noticeProperty() {
    return notice;
  }

  /** The form closed without saving: what it held is thrown away, and its draft with it. */
  public void discard() {
    state.discard();
  }

  /** Fetches, in the background, the avsändare and mottagare of the newest handlingar; returns this form. */
  public RegisterHandlingViewModel withSuggestions() {
    BackgroundTask.wrap(arenden::motparter).onSuccess(m -> motparter = m).executeWith(executor);
    return this;
  }

  /** The known avsändare and mottagare containing what is typed (called off the JavaFX thread). */
  public List<String> motparter(String typed) {
    return Completion.among(motparter, typed);
  }

  /**
   * Takes a dropped or chosen file; one of another kind is refused at the file field and not taken. An empty
   * rubrik gets the file's name without its ending.
   */
  public boolean setFile(Path file) {
    String fel;
    try {
      fel = Filtyp.fel(file.getFileName().toString(), Files.size(file));
    } catch (IOException e) {
      fel = "filen " + file.getFileName() + " kunde inte läsas: " + e.getMessage();
    }
    if (fel != null) {
      errors.get(FIL).set(FIL + ": " + fel);
      return false;
    }
    errors.get(FIL).set("");
    fil.set(file);
    if (rubrik.get().isBlank()) {
      rubrik.set(withoutEnding(file.getFileName().toString()));
    }
    return true;
  }

  public void removeFile() {
    fil.set(null);
    errors.get(FIL).set("");
  }

  /** Registers the handling in the background; {@code onSaved} gets it, or the fields get the refusal. */
  public void save(Consumer<Handling> onSaved) {
    if (saving.get()) {
      return;
    }
    errors.clear();
    restCheck.newAttempt();
    LocalDate d;
    try {
      d = TypedDate.parse(datum.get(), DATUM, clock.today(), TypedDate.YearOmitted.RECENT);
    } catch (ValidationException dateRefused) {
      // the other fields checked too (nothing saved), so the user hears of them beside the date
      NyHandling withoutDate = new NyHandling(null, null, riktning.get(), motpart.get(), rubrik.get(), sekretess.get());
      restCheck.tell(dateRefused, () -> arenden.checkHandling(withoutDate), errors::show);
      return;
    }
    NyHandling ny = new NyHandling(null, d, riktning.get(), motpart.get(), rubrik.get(), sekretess.get());
    Path file = fil.get();
    BackgroundTask.wrap(() -> file == null ? arenden.registerHandling(arende.id(), ny)
            : arenden.registerHandling(arende.id(), ny, file.getFileName().toString(), read(file)))
        .onRunning(() -> saving.set(true))
        .onSuccess(h -> {
          state.saved();
          onSaved.accept(h);
        })
        .onFailure(errors::show)
        .onFinished(() -> saving.set(false))
        .executeWith(executor);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw ValidationException.of(FIL, "filen " + file.getFileName() + " kunde inte läsas: " + e.getMessage());
    }
  }

  /** "Yttrande från IVO.pdf" → "Yttrande från IVO". */
  static String withoutEnding(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  public Arende arende() {
    return arende;
  }

  public ObjectProperty<Riktning> riktningProperty() {
    return riktning;
  }

  public StringProperty datumProperty() {
    return datum;
  }

  public StringProperty motpartProperty() {
    return motpart;
  }

  public StringProperty rubrikProperty() {
    return rubrik;
  }

  public BooleanProperty sekretessProperty() {
    return sekretess;
  }

  public ObjectProperty<Path> filProperty() {
    return fil;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }

  public FieldErrors errors() {
    return errors;
  }

  /** Today by the store's clock: the day a date typed without its year is placed from, in the field and here. */
  public LocalDate today() {
    return clock.today();
  }
}
