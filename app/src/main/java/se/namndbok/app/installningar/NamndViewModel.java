package se.namndbok.app.installningar;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.FormDraft;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.OutputFolders;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UnsavedChanges;
import se.namndbok.core.namnd.Namnd;

/** The nämnd's names and the law references the statistics PDF prints; saved through {@code NamndService.update}. */
public final class NamndViewModel {
  static final String NAMN = "Nämndens namn";
  static final String KOMMUN = "Kommun";
  static final String FORVALTNING = "Förvaltning";
  static final String SOL = "Lagrum SoL";
  static final String LSS = "Lagrum LSS";

  private final AppServices services;
  private final TaskExecutor executor;
  private final StringProperty namn = new SimpleStringProperty("");
  private final StringProperty kommun = new SimpleStringProperty("");
  private final StringProperty forvaltning = new SimpleStringProperty("");
  private final StringProperty lagrumSol = new SimpleStringProperty("");
  private final StringProperty lagrumLss = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty utdatamapp = new SimpleStringProperty("");
  private final FieldErrors errors = new FieldErrors(NAMN, KOMMUN, FORVALTNING, SOL, LSS);
  private final FormDraft draft;
  private final EntryFormState state = EntryFormState.of(java.util.List.of(namn, kommun, forvaltning, lagrumSol,
      lagrumLss));
  private Namnd current;

  public NamndViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    this.draft = FormDraft.inSettings(services.drafts(), state, "namnd",
        () -> Messages.format("utkast.vad.namnd", Messages.get("osparat.namnd")), Messages.list("utkast.falt.namnd"),
        Messages.get("installningar.spara"));
  }

  /** Non-empty while the form holds what was typed and not saved before the program last ended (decision 0171). */
  public javafx.beans.property.StringProperty aterstalltProperty() {
    return draft.noticeProperty();
  }

  public void load() {
    BackgroundTask.wrap(() -> services.namnder().current().orElse(null))
        .onSuccess(this::show)
        .executeWith(executor);
  }

  private void show(Namnd n) {
    current = n;
    if (n != null) {
      namn.set(n.namn());
      kommun.set(n.kommun());
      forvaltning.set(n.forvaltning());
      lagrumSol.set(n.lagrumSol());
      lagrumLss.set(n.lagrumLss());
      utdatamapp.set(OutputFolders.folder(services.preferences(), n).toString());
    }
    state.saved();
    draft.restore();
  }

  /** The form's unsaved input, asked about before another area is shown or the window closes. */
  public UnsavedChanges.Guard guard() {
    return UnsavedChanges.guard(Messages.get("osparat.namnd"), state.dirtyProperty(), this::save, state::discard,
        errors::summary);
  }

  /** Saves; a blank law reference goes back to the standard text (the core's rule). */
  public void save() {
    save(ok -> { });
  }

  /** {@link #save()}; {@code done} gets whether it was saved. */
  public void save(java.util.function.Consumer<Boolean> done) {
    if (current == null) {
      done.accept(false);
      return;
    }
    errors.clear();
    status.set("");
    Namnd changed = new Namnd(current.id(), namn.get(), kommun.get(), forvaltning.get(), lagrumSol.get(),
        lagrumLss.get(), current.skapad(), current.version());
    BackgroundTask.wrap(() -> services.namnder().update(changed))
        .onSuccess(saved -> {
          show(saved);
          status.set(Messages.get("installningar.sparat"));
          done.accept(true);
        })
        .onFailure(errors.refused(done))
        .executeWith(executor);
  }

  /** Remembers {@code folder} as the board's output folder (for this user). */
  public void setUtdatamapp(java.nio.file.Path folder) {
    if (current != null) {
      OutputFolders.remember(services.preferences(), current, folder);
      utdatamapp.set(OutputFolders.folder(services.preferences(), current).toString());
    }
  }

  /** Where the board's files go: the chosen folder, or Documents/Nämndbok/board name. */
  public StringProperty utdatamappProperty() {
    return utdatamapp;
  }

  public StringProperty namnProperty() {
    return namn;
  }

  public StringProperty kommunProperty() {
    return kommun;
  }

  public StringProperty forvaltningProperty() {
    return forvaltning;
  }

  public StringProperty lagrumSolProperty() {
    return lagrumSol;
  }

  public StringProperty lagrumLssProperty() {
    return lagrumLss;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public FieldErrors errors() {
    return errors;
  }
}
