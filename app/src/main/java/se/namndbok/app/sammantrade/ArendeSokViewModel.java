package se.namndbok.app.sammantrade;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Debouncer;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;

/** Search as you type over the diarium for an ärende to put on the list; a late answer for an old query is dropped. */
public final class ArendeSokViewModel {
  static final int LIMIT = 50;

  private final ArendeService arenden;
  private final TaskExecutor executor;
  private final Debouncer debouncer;
  private final StringProperty query = new SimpleStringProperty("");
  private final ObservableList<Arende> traffar = FXCollections.observableArrayList();

  public ArendeSokViewModel(ArendeService arenden, TaskExecutor executor, Debouncer debouncer) {
    this.arenden = arenden;
    this.executor = executor;
    this.debouncer = debouncer;
    query.addListener((o, was, now) -> debouncer.call(() -> search(now)));
  }

  public void search(String text) {
    BackgroundTask.wrap(() -> arenden.search(text == null ? "" : text, LIMIT))
        .onSuccess(rows -> {
          if (text.equals(query.get()) && !rows.equals(traffar)) {
            traffar.setAll(rows);
          }
        })
        .executeWith(executor);
  }

  public StringProperty queryProperty() {
    return query;
  }

  public ObservableList<Arende> traffar() {
    return traffar;
  }
}
