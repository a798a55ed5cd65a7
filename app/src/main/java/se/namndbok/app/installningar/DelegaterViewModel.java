package se.namndbok.app.installningar;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.EntryFormState;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.app.shared.UnsavedChanges;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.namnd.DelegatService;

/** The delegater (the roles of the delegationsordning) in the order the report groups them: add, rename, move, remove. */
public final class DelegaterViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final ObservableList<Delegat> delegater = FXCollections.observableArrayList();
  private final StringProperty namn = new SimpleStringProperty("");
  private final FieldErrors errors = new FieldErrors(DelegatService.FIELD);
  private final EntryFormState state = EntryFormState.of(java.util.List.of(namn));
  /** The delegat whose name the field shows, or null for a new one. */
  private Delegat valt;

  public DelegaterViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
  }

  public void load() {
    BackgroundTask.wrap(() -> services.delegater().all()).onSuccess(delegater::setAll).executeWith(executor);
  }

  /** Adds the name typed as the last delegat. */
  public void add() {
    add(ok -> { });
  }

  private void add(java.util.function.Consumer<Boolean> done) {
    run(() -> services.delegater().add(namn.get()), this::typedUsed, done);
  }

  /** Gives {@code d} the name typed. */
  public void rename(Delegat d) {
    if (d != null) {
      run(() -> services.delegater().rename(d.id(), d.version(), namn.get()), this::typedUsed, ok -> { });
    }
  }

  private void typedUsed() {
    valt = null;
    namn.set("");
    state.saved();
  }

  /**
   * A name typed and neither added nor given to a delegat, asked about before the window closes or another area
   * is shown; Spara adds it, as Enter in the field does.
   */
  public UnsavedChanges.Guard guard() {
    return UnsavedChanges.guard(Messages.get("osparat.delegat"), state.dirtyProperty(), done -> {
      if (valt == null) {
        add(done);
      } else {
        run(() -> services.delegater().rename(valt.id(), valt.version(), namn.get()), this::typedUsed, done);
      }
    }, () -> {
      state.discard();
      errors.clear(); // the refusal's message goes with what it was about
    }, errors::summary);
  }

  /**
   * Shows the chosen delegat's name in the field, to be given another: as it is saved, so choosing one is not a
   * change (it was, and leaving the area asked to save it and then refused it as a duplicate).
   */
  public void visa(Delegat d) {
    valt = d;
    errors.clear();
    namn.set(d == null ? "" : d.namn());
    state.saved();
  }

  /** Moves {@code d} up (-1) or down (+1) in the order. */
  public void move(Delegat d, int delta) {
    if (d == null) {
      return;
    }
    int to = delegater.indexOf(d) + delta;
    if (to >= 0 && to < delegater.size()) {
      run(() -> services.delegater().moveTo(d.id(), to), () -> {}, ok -> { });
    }
  }

  /** Removes {@code d}; the core refuses a delegat with decisions, and says so in Swedish. */
  public void remove(Delegat d) {
    if (d != null) {
      run(() -> {
        services.delegater().remove(d.id());
        return null;
      }, () -> {}, ok -> { });
    }
  }

  private void run(java.util.concurrent.Callable<?> change, Runnable after, java.util.function.Consumer<Boolean> done) {
    se.namndbok.app.shared.ListChanges.run(executor, errors, change, services.delegater()::all, delegater, after, done);
  }

  public ObservableList<Delegat> delegater() {
    return delegater;
  }

  public StringProperty namnProperty() {
    return namn;
  }

  public FieldErrors errors() {
    return errors;
  }
}
