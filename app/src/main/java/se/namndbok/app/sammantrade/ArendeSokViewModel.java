package se.namndbok.app.sammantrade;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Debouncer;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;

/**
 * Search as you type over the diarium for ärenden to put on the list; a late answer for an old query is dropped.
 * Ärenden are marked one by one across searches (search "1185", mark, search "925", mark) and added together.
 */
public final class ArendeSokViewModel {
  static final int LIMIT = 50;

  private final ArendeService arenden;
  private final TaskExecutor executor;
  private final StringProperty query = new SimpleStringProperty("");
  private final ObservableList<Arende> traffar = FXCollections.observableArrayList();
  private final ObservableList<Arende> valda = FXCollections.observableArrayList();
  private final javafx.beans.property.BooleanProperty soker = new javafx.beans.property.SimpleBooleanProperty();

  public ArendeSokViewModel(ArendeService arenden, TaskExecutor executor, Debouncer debouncer) {
    this.arenden = arenden;
    this.executor = executor;
    query.addListener((o, was, now) -> {
      soker.set(true);
      debouncer.call(() -> search(now));
    });
  }

  public void search(String text) {
    BackgroundTask.wrap(() -> arenden.search(text == null ? "" : text, LIMIT))
        .onSuccess(rows -> {
          if (text.equals(query.get())) {
            if (!rows.equals(traffar)) {
              traffar.setAll(rows);
            }
            soker.set(false);
          }
        })
        .executeWith(executor);
  }

  /**
   * Searches for what is typed now, without waiting for the pause after typing: the user went on to the hits
   * (Pil ned) before they came.
   */
  public void searchNow() {
    search(query.get());
  }

  /** True from a change of the query until its hits are shown: the list still shows the previous query's. */
  public javafx.beans.property.ReadOnlyBooleanProperty sokerProperty() {
    return soker;
  }

  /** Marks an unmarked ärende, unmarks a marked one. */
  public void toggle(Arende a) {
    if (a != null && !valda.remove(a)) {
      valda.add(a);
    }
  }

  /** What "Lägg till" adds: the marked ärenden in the order they were marked, else {@code current} alone. */
  public List<Arende> attLaggaTill(Arende current) {
    if (!valda.isEmpty()) {
      return List.copyOf(valda);
    }
    return current == null ? List.of() : List.of(current);
  }

  public StringProperty queryProperty() {
    return query;
  }

  public ObservableList<Arende> traffar() {
    return traffar;
  }

  /** The marked ärenden, in the order they were marked. */
  public ObservableList<Arende> valda() {
    return valda;
  }
}
