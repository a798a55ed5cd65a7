package se.namndbok.app.installningar;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import se.namndbok.core.ejverkstallda.Insats;
import se.namndbok.core.ejverkstallda.InsatsService;

/** The insats catalogue of the statistics: the selected insats's benämning and order can be corrected. */
public final class InsatserViewModel {
  private final InsatsService service;
  private final TaskExecutor executor;
  private final ObservableList<Insats> insatser = FXCollections.observableArrayList();
  private final ObjectProperty<Insats> selected = new SimpleObjectProperty<>();
  private final StringProperty benamning = new SimpleStringProperty("");
  private final StringProperty ordning = new SimpleStringProperty("");
  private final FieldErrors errors = new FieldErrors(InsatsService.BENAMNING, InsatsService.ORDNING);
  private final EntryFormState state = EntryFormState.of(java.util.List.of(benamning, ordning));

  public InsatserViewModel(AppServices services, TaskExecutor executor) {
    this.service = services.core().insatser();
    this.executor = executor;
    selected.addListener((o, was, now) -> {
      errors.clear();
      benamning.set(now == null ? "" : now.benamning());
      ordning.set(now == null ? "" : Integer.toString(now.ordning()));
      state.saved();
    });
  }

  /** The selected insats's benämning or order changed and not saved, asked about before another is chosen. */
  public UnsavedChanges.Guard guard() {
    return UnsavedChanges.guard(() -> Messages.format("osparat.insats", selected.get() == null ? ""
        : selected.get().benamning()), state.dirtyProperty(), this::save, state::discard, errors::summary);
  }

  public void load() {
    BackgroundTask.wrap(() -> service.katalog().all()).onSuccess(insatser::setAll).executeWith(executor);
  }

  /** Saves the selected insats's benämning and ordning; a non-number ordning is refused at its field. */
  public void save() {
    save(ok -> { });
  }

  /** {@link #save()}; {@code done} gets whether it was saved. */
  public void save(java.util.function.Consumer<Boolean> done) {
    Insats s = selected.get();
    if (s == null) {
      done.accept(false);
      return;
    }
    errors.clear();
    int n;
    try {
      n = Integer.parseInt(ordning.get().strip());
    } catch (NumberFormatException e) {
      errors.get(InsatsService.ORDNING).set(InsatsService.ORDNING + ": \"" + ordning.get().strip()
          + "\" är inget heltal");
      done.accept(false);
      return;
    }
    BackgroundTask.wrap(() -> {
      Insats saved = service.andra(s.kod(), benamning.get(), n);
      return new Saved(saved, service.katalog().all());
    }).onSuccess(r -> {
      insatser.setAll(r.all());
      selected.set(r.insats());
      state.saved();
      done.accept(true);
    }).onFailure(errors.refused(done)).executeWith(executor);
  }

  public ObservableList<Insats> insatser() {
    return insatser;
  }

  public ObjectProperty<Insats> selectedProperty() {
    return selected;
  }

  public StringProperty benamningProperty() {
    return benamning;
  }

  public StringProperty ordningProperty() {
    return ordning;
  }

  public FieldErrors errors() {
    return errors;
  }

  private record Saved(Insats insats, java.util.List<Insats> all) {}
}
