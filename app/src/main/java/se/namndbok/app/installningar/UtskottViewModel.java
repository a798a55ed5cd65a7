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
import se.namndbok.core.namnd.Utskott;
import se.namndbok.core.namnd.UtskottTyp;

/** The nämnd's utskott: listed, and a new one added by name and kind. */
public final class UtskottViewModel {
  static final String NAMN = "Utskottets namn";

  private final AppServices services;
  private final TaskExecutor executor;
  private final ObservableList<Utskott> utskott = FXCollections.observableArrayList();
  private final StringProperty namn = new SimpleStringProperty("");
  private final ObjectProperty<UtskottTyp> typ = new SimpleObjectProperty<>(UtskottTyp.ARBETSUTSKOTT);
  private final FieldErrors errors = new FieldErrors(NAMN, "Typ");
  /** A name typed and not added is input; the kind chosen alone is not. */
  private final EntryFormState state = EntryFormState.of(java.util.List.of(namn));

  public UtskottViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
  }

  public void load() {
    BackgroundTask.wrap(() -> services.namnder().utskott()).onSuccess(utskott::setAll).executeWith(executor);
  }

  public void add() {
    add(ok -> { });
  }

  /** {@link #add()}; {@code done} gets whether it was added. */
  public void add(java.util.function.Consumer<Boolean> done) {
    errors.clear();
    String n = namn.get();
    UtskottTyp t = typ.get();
    BackgroundTask.wrap(() -> {
      services.namnder().addUtskott(n, t);
      return services.namnder().utskott();
    }).onSuccess(all -> {
      utskott.setAll(all);
      namn.set("");
      state.saved();
      done.accept(true);
    }).onFailure(errors.refused(done)).executeWith(executor);
  }

  /** A new utskott's name typed and not added, asked about before the window closes or another area is shown. */
  public UnsavedChanges.Guard guard() {
    return UnsavedChanges.guard(Messages.get("osparat.utskott"), state.dirtyProperty(), this::add, state::discard,
        errors::summary);
  }

  public ObservableList<Utskott> utskott() {
    return utskott;
  }

  public StringProperty namnProperty() {
    return namn;
  }

  public ObjectProperty<UtskottTyp> typProperty() {
    return typ;
  }

  public FieldErrors errors() {
    return errors;
  }
}
