package se.namndbok.app.installningar;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import se.namndbok.core.anvandare.AnvandarRoll;
import se.namndbok.core.anvandare.Anvandare;
import se.namndbok.core.server.ServerService;

/**
 * Inställningar → Användare, for an administratör of the shared store: the nämnd's users and their roles, add
 * one (name, password, roles), remove one. The same core calls as {@code server anvandare …}.
 */
public final class AnvandareViewModel {
  private final ServerService server;
  private final TaskExecutor executor;
  private final ObservableList<Anvandare> anvandare = FXCollections.observableArrayList();
  private final StringProperty namn = new SimpleStringProperty("");
  private final StringProperty losenord = new SimpleStringProperty("");
  private final Map<AnvandarRoll, BooleanProperty> roller = new EnumMap<>(AnvandarRoll.class);
  private final FieldErrors errors = new FieldErrors("Namn", "Lösenord", "Roll");
  private final EntryFormState state;

  public AnvandareViewModel(AppServices services, TaskExecutor executor) {
    this.server = services.core().server();
    this.executor = executor;
    Arrays.stream(AnvandarRoll.values()).forEach(r -> roller.put(r, new SimpleBooleanProperty()));
    java.util.List<javafx.beans.property.Property<?>> fields = new java.util.ArrayList<>(java.util.List.of(namn, losenord));
    fields.addAll(roller.values());
    state = EntryFormState.of(fields);
  }

  /** Shown only to an administratör of a shared store. */
  public static boolean visas(AppServices services) {
    return services.database().shared() && services.database().behorighet().far(AnvandarRoll.ADMINISTRATOR);
  }

  public void load() {
    BackgroundTask.wrap(server::anvandare).onSuccess(anvandare::setAll).onFailure(errors::show).executeWith(executor);
  }

  public void add() {
    add(ok -> { });
  }

  /** A new user typed and not added, asked about before the window closes or another area is shown. */
  public UnsavedChanges.Guard guard() {
    return UnsavedChanges.guard(Messages.get("osparat.anvandare"), state.dirtyProperty(), this::add, state::discard,
        errors::summary);
  }

  private void add(java.util.function.Consumer<Boolean> done) {
    Set<AnvandarRoll> valda = EnumSet.noneOf(AnvandarRoll.class);
    roller.forEach((r, p) -> {
      if (p.get()) {
        valda.add(r);
      }
    });
    char[] password = losenord.get().toCharArray();
    run(() -> server.laggTill(namn.get().strip(), password, valda), () -> {
      namn.set("");
      losenord.set("");
      roller.values().forEach(p -> p.set(false));
      state.saved();
    }, done);
  }

  public void remove(Anvandare a) {
    if (a != null) {
      run(() -> {
        server.taBort(a.namn());
        return null;
      }, () -> {}, ok -> { });
    }
  }

  private void run(java.util.concurrent.Callable<?> change, Runnable after, java.util.function.Consumer<Boolean> done) {
    se.namndbok.app.shared.ListChanges.run(executor, errors, change, server::anvandare, anvandare, after, done);
  }

  public ObservableList<Anvandare> anvandare() {
    return anvandare;
  }

  public StringProperty namnProperty() {
    return namn;
  }

  public StringProperty losenordProperty() {
    return losenord;
  }

  public BooleanProperty rollProperty(AnvandarRoll r) {
    return roller.get(r);
  }

  public FieldErrors errors() {
    return errors;
  }
}
