package se.namndbok.app.firstrun;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.DemoInstaller;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.FieldError;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.shared.ValidationException;

/**
 * The first start on an empty store: install the demo board, or create the user's own board from its name,
 * municipality and administration. {@code onDone} runs (on the callback thread) once the store has a board.
 */
public final class FirstRunViewModel {
  private final AppServices services;
  private final DemoInstaller demo;
  private final TaskExecutor executor;
  private final Runnable onDone;
  private final StringProperty namn = new SimpleStringProperty("");
  private final StringProperty kommun = new SimpleStringProperty("");
  private final StringProperty forvaltning = new SimpleStringProperty("");
  private final StringProperty namnError = new SimpleStringProperty("");
  private final StringProperty kommunError = new SimpleStringProperty("");
  private final StringProperty forvaltningError = new SimpleStringProperty("");
  private final StringProperty generalError = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final StringProperty working = new SimpleStringProperty("");
  private final BooleanProperty emptyFormShown = new SimpleBooleanProperty();
  private final Map<String, StringProperty> errorsByField = new LinkedHashMap<>();

  public FirstRunViewModel(AppServices services, DemoInstaller demo, TaskExecutor executor, Runnable onDone) {
    this.services = services;
    this.demo = demo;
    this.executor = executor;
    this.onDone = onDone;
    errorsByField.put("Nämndens namn", namnError);
    errorsByField.put("Kommun", kommunError);
    errorsByField.put("Förvaltning", forvaltningError);
  }

  public void installDemo() {
    BackgroundTask.wrap(() -> demo.install(services.core()))
        .titled(Messages.get("forsta.installerar"))
        .onRunning(() -> start(Messages.get("forsta.installerar")))
        .onSuccess(v -> onDone.run())
        .onFinished(this::stop)
        .executeWith(executor);
  }

  public void showEmptyForm() {
    emptyFormShown.set(true);
  }

  public void createEmpty() {
    NyNamnd ny = new NyNamnd(namn.get(), kommun.get(), forvaltning.get());
    BackgroundTask.wrap(() -> services.namnder().create(ny))
        .onRunning(() -> start(Messages.get("forsta.skapar")))
        .onSuccess(n -> {
          FieldError.clear(errorsByField, generalError);
          onDone.run();
        })
        .onFailure(t -> {
          if (t instanceof ValidationException e) {
            FieldError.distribute(e, errorsByField, generalError);
          } else {
            ErrorDialog.showUnexpected(t);
          }
        })
        .onFinished(this::stop)
        .executeWith(executor);
  }

  private void start(String what) {
    working.set(what);
    busy.set(true);
  }

  private void stop() {
    busy.set(false);
    working.set("");
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

  public StringProperty namnErrorProperty() {
    return namnError;
  }

  public StringProperty kommunErrorProperty() {
    return kommunError;
  }

  public StringProperty forvaltningErrorProperty() {
    return forvaltningError;
  }

  public StringProperty generalErrorProperty() {
    return generalError;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  /** What the board is doing while busy, shown beside the spinner ("Lägger in demonämnden …"); empty otherwise. */
  public ReadOnlyStringProperty workingProperty() {
    return working;
  }

  public BooleanProperty emptyFormShownProperty() {
    return emptyFormShown;
  }
}
