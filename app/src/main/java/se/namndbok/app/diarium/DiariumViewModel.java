package se.namndbok.app.diarium;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Debouncer;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Handling;

/**
 * The diarium's state: the newest {@value #LIMIT} ärenden (the first screen loads what it shows), filtered in
 * memory as the user types; when the store holds more, the search also asks the store (debounced, off the
 * JavaFX thread). The selected ärende's handlingar are fetched in the background. See decision 0041.
 */
public final class DiariumViewModel {
  public static final int LIMIT = 500;

  private final ArendeService arenden;
  private final TaskExecutor executor;
  private final Debouncer debouncer;
  private final ObservableList<Arende> loaded = FXCollections.observableArrayList();
  private final FilteredList<Arende> filtered = new FilteredList<>(loaded);
  private final SortedList<Arende> sorted = new SortedList<>(filtered);
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<Arende> selected = new SimpleObjectProperty<>();
  private final ObservableList<Handling> handlingar = FXCollections.observableArrayList();
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private int total;

  public DiariumViewModel(ArendeService arenden, TaskExecutor executor, Debouncer debouncer) {
    this.arenden = arenden;
    this.executor = executor;
    this.debouncer = debouncer;
    search.addListener((o, was, now) -> searchChanged(now));
    selected.addListener((o, was, now) -> loadHandlingar(now));
    filtered.addListener((javafx.collections.ListChangeListener<Arende>) c -> updateSummary());
  }

  /** Fetches the count and the newest {@value #LIMIT} ärenden. */
  public void load() {
    BackgroundTask.wrap(() -> new Page(arenden.count(), arenden.search("", LIMIT)))
        .titled(Messages.get("diarium.laddar"))
        .onRunning(() -> loading.set(true))
        .onSuccess(page -> {
          total = page.total();
          loaded.setAll(page.rows());
          searchChanged(search.get());
        })
        .onFinished(() -> loading.set(false))
        .executeWith(executor);
  }

  /** Whether every ärende of the store is in memory, so that filtering needs no query. */
  public boolean allLoaded() {
    return total <= LIMIT;
  }

  private void searchChanged(String text) {
    filtered.setPredicate(ArendeFilter.matching(text));
    if (!allLoaded()) {
      debouncer.call(() -> query(text));
    }
  }

  private void query(String text) {
    BackgroundTask.wrap(() -> arenden.search(text, LIMIT))
        .onSuccess(rows -> {
          if (text.equals(search.get())) {
            loaded.setAll(rows);
          }
        })
        .executeWith(executor);
  }

  private void loadHandlingar(Arende a) {
    handlingar.clear();
    if (a == null) {
      return;
    }
    BackgroundTask.wrap(() -> arenden.handlingar(a.id()))
        .onSuccess(rows -> {
          if (a.equals(selected.get())) {
            handlingar.setAll(rows);
          }
        })
        .executeWith(executor);
  }

  /** A newly registered ärende: shown at the top (whatever the search) and selected. */
  public void added(Arende a) {
    total++;
    search.set("");
    loaded.addFirst(a);
    selected.set(a);
  }

  private void updateSummary() {
    if (allLoaded()) {
      summary.set(Messages.format("diarium.visar", filtered.size(), total));
    } else {
      summary.set(Messages.format("diarium.visar.senaste", filtered.size(), LIMIT, total));
    }
  }

  /** The rows the table shows; bind its comparator to the table's: {@code sorted().comparatorProperty()}. */
  public SortedList<Arende> sorted() {
    return sorted;
  }

  public List<Arende> visible() {
    return List.copyOf(sorted);
  }

  public StringProperty searchProperty() {
    return search;
  }

  public ObjectProperty<Arende> selectedProperty() {
    return selected;
  }

  public ObservableList<Handling> handlingar() {
    return handlingar;
  }

  public BooleanProperty loadingProperty() {
    return loading;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public int total() {
    return total;
  }

  private record Page(int total, List<Arende> rows) {}
}
