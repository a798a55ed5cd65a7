package se.namndbok.app.diarium;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import se.namndbok.core.arende.ArendeStatusService;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.Statushandelse;

/**
 * The diarium's state: the newest {@value #LIMIT} ärenden with their handlingar (the first screen loads what it
 * shows), filtered in memory as the user types; when the store holds more, the search also asks the store
 * (debounced, off the JavaFX thread). The selected ärende's handlingar and status history are fetched in the
 * background. See decisions 0041 and 0121.
 */
public final class DiariumViewModel {
  public static final int LIMIT = 500;

  private final ArendeService arenden;
  private final ArendeStatusService status;
  private final TaskExecutor executor;
  private final Debouncer debouncer;
  private final ObservableList<Arende> loaded = FXCollections.observableArrayList();
  private final FilteredList<Arende> filtered = new FilteredList<>(loaded);
  private final SortedList<Arende> sorted = new SortedList<>(filtered);
  private final StringProperty search = new SimpleStringProperty("");
  private final ObjectProperty<Arende> selected = new SimpleObjectProperty<>();
  private final ObservableList<Handling> handlingar = FXCollections.observableArrayList();
  private final ObjectProperty<Handling> handlingarSelected = new SimpleObjectProperty<>();
  private final ObservableList<Statushandelse> historik = FXCollections.observableArrayList();
  private final Map<Long, List<Handling>> perArende = new HashMap<>();
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private int total;

  public DiariumViewModel(ArendeService arenden, ArendeStatusService status, TaskExecutor executor,
      Debouncer debouncer) {
    this.arenden = arenden;
    this.status = status;
    this.executor = executor;
    this.debouncer = debouncer;
    search.addListener((o, was, now) -> searchChanged(now));
    selected.addListener((o, was, now) -> loadHandlingar(now));
    filtered.addListener((javafx.collections.ListChangeListener<Arende>) c -> updateSummary());
  }

  /** Fetches the count and the newest {@value #LIMIT} ärenden with their handlingar (the search looks in them). */
  public void load() {
    BackgroundTask.wrap(() -> {
      List<Arende> rows = arenden.search("", LIMIT);
      return new Page(arenden.count(), rows, handlingarOf(rows));
    })
        .titled(Messages.get("diarium.laddar"))
        .onRunning(() -> loading.set(true))
        .onSuccess(page -> {
          total = page.total();
          show(page);
          searchChanged(search.get());
        })
        .onFinished(() -> loading.set(false))
        .executeWith(executor);
  }

  private Map<Long, List<Handling>> handlingarOf(List<Arende> rows) {
    return arenden.handlingar(rows.stream().map(Arende::id).toList());
  }

  /** The rows read; the chosen ärende stays chosen (as read now) when it is among them. */
  private void show(Page page) {
    Arende chosen = selected.get();
    perArende.clear();
    perArende.putAll(page.handlingar());
    loaded.setAll(page.rows());
    if (chosen != null) {
      page.rows().stream().filter(a -> a.id() == chosen.id()).findFirst().ifPresent(selected::set);
    }
  }

  /** Whether every ärende of the store is in memory, so that filtering needs no query. */
  public boolean allLoaded() {
    return total <= LIMIT;
  }

  private void searchChanged(String text) {
    filtered.setPredicate(ArendeFilter.matching(text, perArende));
    if (!allLoaded()) {
      debouncer.call(() -> query(text));
    }
  }

  private void query(String text) {
    BackgroundTask.wrap(() -> {
      List<Arende> rows = arenden.search(text, LIMIT);
      return new Page(total, rows, handlingarOf(rows));
    })
        .onSuccess(page -> {
          if (text.equals(search.get())) {
            show(page);
            filtered.setPredicate(ArendeFilter.matching(text, perArende));
          }
        })
        .executeWith(executor);
  }

  private void loadHandlingar(Arende a) {
    handlingar.clear();
    historik.clear();
    if (a == null) {
      return;
    }
    BackgroundTask.wrap(() -> new Detail(arenden.handlingar(a.id()), status.historik(a.id())))
        .onSuccess(d -> {
          if (a.equals(selected.get())) {
            handlingar.setAll(d.handlingar());
            historik.setAll(d.historik());
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

  /** An ärende changed (edited, closed, reopened): its row is replaced and it stays selected with fresh details. */
  public void changed(Arende a) {
    loaded.replaceAll(old -> old.id() == a.id() ? a : old);
    selected.set(a);
    loadHandlingar(a);
  }

  /** A handling registered on an ärende: listed when that ärende is selected, and found by the search. */
  public void handlingAdded(Handling h) {
    perArende.computeIfAbsent(h.arendeId(), id -> new ArrayList<>()).add(h);
    Arende a = selected.get();
    if (a != null && a.id() == h.arendeId()) {
      handlingar.add(h);
      handlingarSelected.set(h);
    }
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

  public ObservableList<Statushandelse> historik() {
    return historik;
  }

  /** The handling selected in the detail pane (a new one is selected when added). */
  public ObjectProperty<Handling> selectedHandlingProperty() {
    return handlingarSelected;
  }

  private record Page(int total, List<Arende> rows, Map<Long, List<Handling>> handlingar) {}

  private record Detail(List<Handling> handlingar, List<Statushandelse> historik) {}
}
