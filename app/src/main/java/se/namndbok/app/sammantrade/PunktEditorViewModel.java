package se.namndbok.app.sammantrade;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.FormDraft;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.FieldError;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.shared.StaleException;
import se.namndbok.core.shared.ValidationException;

/**
 * The editor of one item: its texts, whose förslag it is, the confidential flag, and its beslutsunderlag (a
 * handling of the item's ärende or a line of text). "Spara" is one update in one transaction; adding or
 * removing a beslutsunderlag is one transaction each. Refusals land at the field the core names.
 */
public final class PunktEditorViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final ObjectProperty<Punktrad> punkt = new SimpleObjectProperty<>();
  private final StringProperty rubrik = new SimpleStringProperty("");
  private final ObjectProperty<ForslagAv> forslagAv = new SimpleObjectProperty<>(ForslagAv.FORVALTNINGEN);
  private final StringProperty forslag = new SimpleStringProperty("");
  private final StringProperty sammanfattning = new SimpleStringProperty("");
  private final StringProperty beskrivning = new SimpleStringProperty("");
  private final StringProperty dialog = new SimpleStringProperty("");
  private final StringProperty skickasTill = new SimpleStringProperty("");
  private final BooleanProperty sekretess = new SimpleBooleanProperty();
  private final BooleanProperty arendetSekretess = new SimpleBooleanProperty();
  private final StringProperty underlagText = new SimpleStringProperty("");
  private final ObservableList<Underlagsrad> underlag = FXCollections.observableArrayList();
  private final ObservableList<Underlagsrad> bilagor = FXCollections.observableArrayList();
  private final ObservableList<Handling> handlingar = FXCollections.observableArrayList();
  private final Map<String, StringProperty> errors = new LinkedHashMap<>();
  private final StringProperty generalError = new SimpleStringProperty("");
  private final BooleanProperty saving = new SimpleBooleanProperty();
  private final StringProperty stale = new SimpleStringProperty("");
  private final StringProperty staleText = new SimpleStringProperty("");
  private final EntryFormState state = EntryFormState.of(List.of(rubrik, forslagAv, forslag, sammanfattning,
      beskrivning, dialog, skickasTill, sekretess));
  private final StringProperty kollegaAndrade = new SimpleStringProperty("");
  private final BooleanProperty locked = new SimpleBooleanProperty();
  private final FormDraft draft;
  private ArendepunktInnehall baseline;

  public PunktEditorViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    for (String field : List.of("Rubrik", "Förslag till beslut", "Sammanfattning", "Beskrivning", "Dialog",
        "Beslutet skickas till", "Beslutsunderlag")) {
      errors.put(field, new SimpleStringProperty(""));
    }
    draft = new FormDraft(services.drafts(), state, () -> punkt.get() == null ? null : "punkt-" + punkt.get().id(),
        () -> punkt.get() == null ? "" : Messages.format("osparat.punkt", Punktrad.namn(punkt.get().kallelsenummer(), rubrik.get())),
        Messages.list("utkast.falt.punkt"));
    punkt.addListener((o, was, now) -> show(was, now));
    services.andringar().allt(tabeller -> {
      if (tabeller.isEmpty() || tabeller.contains("arendepunkt")) {
        checkStored();
      }
    });
  }

  /**
   * After a colleague's change (decision 0092): reads the open item again and, when what is stored is no longer
   * what the editor showed, shows it at once when nothing is typed and unsaved; otherwise says so before the user
   * saves, what was typed left as it is.
   */
  private void checkStored() {
    Punktrad r = punkt.get();
    if (r == null) {
      return;
    }
    BackgroundTask.wrap(() -> services.arendelista().punkter(r.punkt().sammantradeId()).stream()
            .filter(p -> p.id() == r.id()).findFirst())
        .onSuccess(stored -> {
          if (!r.equals(punkt.get()) || saving.get()
              || (stored.isPresent() && stored.get().innehall().equals(baseline))) {
            return; // another item, a save under way (it tells), or nothing new
          }
          if (stored.isPresent() && !state.dirtyProperty().get()) {
            punkt.set(new Punktrad(stored.get(), r.arende(), r.kallelsenummer()));
          } else {
            kollegaAndrade.set(Messages.get(stored.isEmpty() ? "andring.punkt.borttagen" : "andring.punkt"));
          }
        })
        .onFailure(t -> {})
        .executeWith(executor);
  }

  /**
   * Shows {@code r}. When it is the item already open, read again after it was moved or given a file, what was
   * typed and not saved stays in the fields, to be saved as usual; when someone else changed its texts meanwhile,
   * the stored texts are shown and what was typed is kept beside them to copy, as after a refused stale save.
   */
  private void show(Punktrad was, Punktrad r) {
    boolean sameItem = was != null && r != null && was.id() == r.id();
    EntryFormState.Values typedValues = sameItem && state.dirtyProperty().get() ? state.values() : null;
    String typedText = typedValues == null ? null : typed();
    ArendepunktInnehall shown = baseline;
    show(r);
    if (typedValues == null) {
      if (r != null && !locked.get()) { // a justerat meeting's item takes no typing: its draft stays listed at start
        draft.restore();
      }
      return;
    }
    if (r.punkt().innehall().equals(shown)) {
      state.set(typedValues);
    } else {
      staleText.set(typedText);
      stale.set(Messages.get("andring.punkt.inlast"));
    }
  }

  private void show(Punktrad r) {
    FieldError.clear(errors, generalError);
    kollegaAndrade.set("");
    baseline = r == null ? null : r.punkt().innehall();
    underlag.clear();
    bilagor.clear();
    handlingar.clear();
    if (r == null) {
      state.clear();
      return;
    }
    ArendepunktInnehall i = r.punkt().innehall();
    PunktTexter t = i.texter() == null ? PunktTexter.INGA : i.texter();
    rubrik.set(i.rubrik());
    forslagAv.set(i.forslagAv() == null ? ForslagAv.FORVALTNINGEN : i.forslagAv());
    forslag.set(Objects.toString(t.forslag(), ""));
    sammanfattning.set(Objects.toString(t.sammanfattning(), ""));
    beskrivning.set(Objects.toString(t.beskrivning(), ""));
    dialog.set(Objects.toString(t.dialog(), ""));
    skickasTill.set(Objects.toString(t.skickasTill(), ""));
    // what the public kallelse does with it: an item of a confidential ärende is withheld unless released
    arendetSekretess.set(r.arendetSekretess());
    sekretess.set(r.sekretess());
    state.saved();
    underlagText.set("");
    refreshUnderlag(r);
  }

  /** Reads the beslutsunderlag and bilagor again (e.g. after a file was attached to the item). */
  public void refreshUnderlag() {
    if (punkt.get() != null) {
      refreshUnderlag(punkt.get());
    }
  }

  private void refreshUnderlag(Punktrad r) {
    BackgroundTask.wrap(() -> new EditorUnderlag(services).read(r))
        .onSuccess(u -> {
          if (r.equals(punkt.get())) {
            underlag.setAll(u.underlag());
            bilagor.setAll(u.bilagor());
            handlingar.setAll(u.handlingar());
          }
        })
        .executeWith(executor);
  }

  /**
   * Saves the texts and flags as one update, from the version shown; {@code onSaved} gets the saved item. When
   * someone else changed the item since it was shown, nothing is saved: {@link #staleProperty} says who and when,
   * and {@link #staleTextProperty} keeps what was typed, to copy after reading the item again.
   */
  public void save(Consumer<Arendepunkt> onSaved) {
    save(onSaved, () -> { });
  }

  /** {@link #save(Consumer)}; {@code onRefused} runs when nothing was saved (a refusal is shown at the fields). */
  public void save(Consumer<Arendepunkt> onSaved, Runnable onRefused) {
    Punktrad r = punkt.get();
    if (r == null || saving.get()) {
      onRefused.run();
      return;
    }
    stale.set("");
    ArendepunktInnehall before = r.punkt().innehall();
    PunktTexter t = new PunktTexter(forslag.get(), sammanfattning.get(), beskrivning.get(), dialog.get(),
        skickasTill.get(), before.texter() == null ? null : before.texter().ovrigaBeslut());
    // the ground and a release chosen elsewhere are kept while the box says the same as before; unticked for an
    // item of a confidential ärende it is released (friklassad): the box says what the public kallelse does
    boolean andrad = sekretess.get() != r.sekretess();
    var changed = new ArendepunktInnehall(before.typ(), before.arendeId(), rubrik.get(), forslagAv.get(), t,
        sekretess.get(), before.statistik()).withSekretess(!andrad ? before.sekretessval()
            : sekretess.get() ? se.namndbok.core.sekretess.Sekretess.under(null)
            : r.arendetSekretess() ? se.namndbok.core.sekretess.Sekretess.OFFENTLIG
            : se.namndbok.core.sekretess.Sekretess.FOLJER_ARENDET);
    run(() -> services.arendelista().update(r.id(), r.punkt().version(), changed), saved -> {
      FieldError.clear(errors, generalError);
      state.saved();
      baseline = saved.innehall();
      kollegaAndrade.set("");
      onSaved.accept(saved);
    }, onRefused);
  }

  /** Adds a registered handling of the item's ärende to its beslutsunderlag. */
  public void addHandling(Handling h) {
    Punktrad r = punkt.get();
    if (r != null && h != null) {
      run(() -> services.underlag().addHandling(r.id(), h.id()), u -> refreshUnderlag(r));
    }
  }

  /** Adds the typed line of text (e.g. "Skickas ut innan sammanträdet") to the beslutsunderlag. */
  public void addText() {
    Punktrad r = punkt.get();
    if (r != null) {
      run(() -> services.underlag().addText(r.id(), underlagText.get()), u -> {
        underlagText.set("");
        errors.get("Beslutsunderlag").set("");
        refreshUnderlag(r);
      });
    }
  }

  public void removeUnderlag(Underlagsrad u) {
    Punktrad r = punkt.get();
    if (r != null && u != null) {
      run(() -> {
        services.underlag().removeUnderlag(u.id());
        return u;
      }, x -> refreshUnderlag(r));
    }
  }

  private <T> void run(Callable<T> work, Consumer<T> done) {
    run(work, done, () -> { });
  }

  private <T> void run(Callable<T> work, Consumer<T> done, Runnable refused) {
    BackgroundTask.wrap(work)
        .onRunning(() -> saving.set(true))
        .onSuccess(done)
        .onFailure(t -> {
          if (t instanceof StaleException e) {
            staleText.set(typed());
            stale.set(e.getMessage());
            kollegaAndrade.set(""); // told by the refusal, with the way on
          } else if (t instanceof ValidationException e) {
            FieldError.distribute(e, errors, generalError);
          } else {
            ErrorDialog.showUnexpected(t);
          }
          refused.run();
        })
        .onFinished(() -> saving.set(false))
        .executeWith(executor);
  }

  /** What the user typed, as text to copy: each field under its name. */
  private String typed() {
    StringBuilder b = new StringBuilder();
    appendField(b, "editor.rubrikfalt", rubrik.get());
    appendField(b, "editor.forslag", forslag.get());
    appendField(b, "editor.sammanfattning", sammanfattning.get());
    appendField(b, "editor.beskrivning", beskrivning.get());
    appendField(b, "editor.dialog", dialog.get());
    appendField(b, "editor.skickas", skickasTill.get());
    return b.toString().strip();
  }

  private static void appendField(StringBuilder b, String key, String value) {
    b.append(value == null || value.isBlank() ? "" : Messages.get(key) + ":\n" + value.strip() + "\n\n");
  }

  /** Puts back the item as last shown (Släng). */
  public void discard() {
    state.discard();
  }

  /** True while the item's meeting is justerat (its items are read, not changed). */
  public BooleanProperty lockedProperty() {
    return locked;
  }

  /** Non-empty while the fields hold a draft filled in again after the program ended without saving it. */
  public StringProperty aterstalltProperty() {
    return draft.noticeProperty();
  }

  /** Closes the notice of a refused stale save (the copied text is no longer needed). */
  public void closeStale() {
    stale.set("");
    staleText.set("");
  }

  /** Typed but not saved. */
  public javafx.beans.binding.BooleanBinding dirtyProperty() {
    return state.dirtyProperty();
  }

  public StringProperty staleProperty() {
    return stale;
  }

  public StringProperty staleTextProperty() {
    return staleText;
  }

  /** Non-empty while a colleague has changed the open item since it was shown or saved here. */
  public StringProperty kollegaAndradeProperty() {
    return kollegaAndrade;
  }

  public StringProperty error(String field) {
    return errors.get(field);
  }

  public ObjectProperty<Punktrad> punktProperty() {
    return punkt;
  }

  public StringProperty rubrikProperty() {
    return rubrik;
  }

  public ObjectProperty<ForslagAv> forslagAvProperty() {
    return forslagAv;
  }

  public StringProperty forslagProperty() {
    return forslag;
  }

  public StringProperty sammanfattningProperty() {
    return sammanfattning;
  }

  public StringProperty beskrivningProperty() {
    return beskrivning;
  }

  public StringProperty dialogProperty() {
    return dialog;
  }

  public StringProperty skickasTillProperty() {
    return skickasTill;
  }

  public BooleanProperty sekretessProperty() {
    return sekretess;
  }

  /**
   * Under the box: for an item whose ärende is confidential in the diarium, that it is, and, unticked, that the
   * item is then shown in the public kallelse (released); for a withheld item, that its rubrik is still printed
   * there (a walk's public kallelse named "pojke född 2012" that way). Empty with no item shown.
   */
  public javafx.beans.binding.StringBinding sekretessHint() {
    return javafx.beans.binding.Bindings.createStringBinding(() -> {
      if (punkt.get() == null) {
        return "";
      }
      if (!sekretess.get()) {
        return arendetSekretess.get() ? Messages.get("editor.sekretess.friklassad") : "";
      }
      return (arendetSekretess.get() ? Messages.get("editor.sekretess.arendet") + " " : "")
          + Messages.get("editor.sekretess.rubrik");
    }, punkt, arendetSekretess, sekretess);
  }

  public StringProperty underlagTextProperty() {
    return underlagText;
  }

  public ObservableList<Underlagsrad> underlag() {
    return underlag;
  }

  public ObservableList<Underlagsrad> bilagor() {
    return bilagor;
  }

  public ObservableList<Handling> handlingar() {
    return handlingar;
  }

  public StringProperty generalErrorProperty() {
    return generalError;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }
}
