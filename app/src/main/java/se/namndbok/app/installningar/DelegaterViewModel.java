package se.namndbok.app.installningar;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.namnd.DelegatService;

/** The delegater (the roles of the delegationsordning) in the order the report groups them: add, rename, move, remove. */
public final class DelegaterViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final ObservableList<Delegat> delegater = FXCollections.observableArrayList();
  private final StringProperty namn = new SimpleStringProperty("");
  private final FieldErrors errors = new FieldErrors(DelegatService.FIELD);

  public DelegaterViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
  }

  public void load() {
    BackgroundTask.wrap(() -> services.delegater().all()).onSuccess(delegater::setAll).executeWith(executor);
  }

  /** Adds the name typed as the last delegat. */
  public void add() {
    run(() -> services.delegater().add(namn.get()), () -> namn.set(""));
  }

  /** Gives {@code d} the name typed. */
  public void rename(Delegat d) {
    if (d != null) {
      run(() -> services.delegater().rename(d.id(), d.version(), namn.get()), () -> namn.set(""));
    }
  }

  /** Moves {@code d} up (-1) or down (+1) in the order. */
  public void move(Delegat d, int delta) {
    if (d == null) {
      return;
    }
    int to = delegater.indexOf(d) + delta;
    if (to >= 0 && to < delegater.size()) {
      run(() -> services.delegater().moveTo(d.id(), to), () -> {});
    }
  }

  /** Removes {@code d}; the core refuses a delegat with decisions, and says so in Swedish. */
  public void remove(Delegat d) {
    if (d != null) {
      run(() -> {
        services.delegater().remove(d.id());
        return null;
      }, () -> {});
    }
  }

  private void run(java.util.concurrent.Callable<?> change, Runnable after) {
    se.namndbok.app.shared.ListChanges.run(executor, errors, change, services.delegater()::all, delegater, after);
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
