package se.namndbok.app.installningar;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.delegationsbeslut.Delegationspunkt;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;

/**
 * The board's delegationsordning as Inställningar shows it: its points in order, replaced by a CSV file (a
 * refused file is shown line by line and changes nothing). {@code delegaterChanged} runs after an import, which
 * may have added delegater.
 */
public final class DelegationsordningViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final ObservableList<Delegationspunkt> punkter = FXCollections.observableArrayList();
  private final FieldErrors errors = new FieldErrors();

  public DelegationsordningViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
  }

  public void load() {
    BackgroundTask.wrap(() -> services.delegationsordning().all()).onSuccess(punkter::setAll).executeWith(executor);
  }

  /** Reads a delegationsordning file; {@code onRefused} gets every bad line, {@code onDone} the points read. */
  public void importera(Path file, Consumer<List<ImportError>> onRefused, Consumer<Integer> onDone) {
    errors.clear();
    BackgroundTask.wrap(() -> services.delegationsordning().importera(file)).onSuccess(p -> {
      punkter.setAll(p);
      onDone.accept(p.size());
    }).onFailure(t -> {
      if (t instanceof ImportException e) {
        onRefused.accept(e.importErrors());
      } else {
        errors.show(t);
      }
    }).executeWith(executor);
  }

  public ObservableList<Delegationspunkt> punkter() {
    return punkter;
  }

  public FieldErrors errors() {
    return errors;
  }
}
