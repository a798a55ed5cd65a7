package se.namndbok.app.shared;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.shared.ValidationException;

/**
 * The list of entries reported (anmäls) to a meeting, shared by delegationsbeslut and meddelanden: filtered by
 * meeting, period and "ej anmälda" through the core (in the background), sorted by the table; delete with
 * "Ångra" of the last delete; CSV import. A feature supplies its core calls and its filter record, and may add
 * filters of its own ({@link #fetchMoreChoices}).
 *
 * @param <E> the entry, e.g. a delegationsbeslut
 * @param <F> the core's filter of those entries
 */
public abstract class ReportedEntriesViewModel<E, F> {
  protected final AppServices services;
  private final TaskExecutor executor;
  private final String messages;
  private final ObservableList<E> rows = FXCollections.observableArrayList();
  private final SortedList<E> sorted = new SortedList<>(rows);
  private final ObservableList<MotesVal> motesval = FXCollections.observableArrayList(MotesVal.ALLA, MotesVal.EJ_ANMALDA);
  private final ObjectProperty<MotesVal> mote = new SimpleObjectProperty<>(MotesVal.ALLA);
  private final StringProperty fran = new SimpleStringProperty("");
  private final StringProperty till = new SimpleStringProperty("");
  private final StringProperty periodError = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final Map<Long, Sammantrade> moten = new HashMap<>();
  private final ObjectProperty<E> lastDeleted = new SimpleObjectProperty<>();

  /** {@code messages} is the feature's message prefix, with keys {@code .laddar} and {@code .antal}. */
  protected ReportedEntriesViewModel(AppServices services, TaskExecutor executor, String messages) {
    this.services = services;
    this.executor = executor;
    this.messages = messages;
    mote.addListener((o, was, now) -> refresh());
    fran.addListener((o, was, now) -> refresh());
    till.addListener((o, was, now) -> refresh());
  }

  /** The core's filter for the chosen meeting and a valid period, with the feature's own filters. */
  protected abstract F filter(MotesVal mote, Period period);

  protected abstract List<E> fetch(F filter);

  /** Deletes in the core and returns the deleted entry. */
  protected abstract E remove(E entry);

  protected abstract E restore(E deleted);

  /** Imports a CSV file all-or-nothing and returns how many entries were read. */
  protected abstract int importFile(Path file);

  protected abstract Long sammantradeId(E entry);

  /**
   * Fetches, in the background, the choices of the feature's own filters; the returned action puts them in
   * place on the UI thread. None by default.
   */
  protected Runnable fetchMoreChoices() {
    return () -> { };
  }

  /** Fetches the meetings (and the feature's own choices) of the filters, then the list. */
  public void load() {
    BackgroundTask.wrap(() -> new Choices(services.sammantraden().all(), fetchMoreChoices()))
        .titled(Messages.get(messages + ".laddar"))
        .onSuccess(c -> {
          moten.clear();
          c.moten().forEach(s -> moten.put(s.id(), s));
          MotesVal keep = mote.get();
          motesval.setAll(MotesVal.choices(c.moten()));
          mote.set(motesval.stream().filter(v -> v.equals(keep)).findFirst().orElse(MotesVal.ALLA));
          c.more().run();
          refresh();
        })
        .executeWith(executor);
  }

  /** Lists again with the current filter; a bad period shows its message and keeps the list as it is. */
  public void refresh() {
    F filter;
    try {
      filter = filter();
      periodError.set("");
    } catch (ValidationException e) {
      periodError.set(e.getMessage());
      return;
    }
    BackgroundTask.wrap(() -> fetch(filter))
        .onSuccess(list -> {
          rows.setAll(list);
          count();
        })
        .executeWith(executor);
  }

  private F filter() {
    Period p = Period.parse(fran.get(), till.get());
    return filter(mote.get() == null ? MotesVal.ALLA : mote.get(), p);
  }

  private void count() {
    summary.set(Messages.format(messages + ".antal", rows.size()));
  }

  /** An entry just saved by the form: the list shows it (whatever it filters) at the top. */
  public void added(E entry) {
    rows.addFirst(entry);
    count();
    Long sammantradeId = sammantradeId(entry);
    if (sammantradeId != null && !moten.containsKey(sammantradeId)) {
      load();
    }
  }

  /** The board's own meeting chosen in the "Sammanträde" filter, whose redovisning can be made; else null. */
  public Sammantrade redovisningsmote() {
    MotesVal v = mote.get();
    Sammantrade s = v == null || v.sammantradeId() == null ? null : moten.get(v.sammantradeId());
    return s != null && s.utskottId() == null ? s : null;
  }

  /** The meeting an entry is reported to, as the list's column shows it. */
  public String anmalsTill(E entry) {
    Long sammantradeId = sammantradeId(entry);
    if (sammantradeId == null) {
      return Messages.get("filter.ej.anmald");
    }
    Sammantrade s = moten.get(sammantradeId);
    return s == null ? "" : MotesVal.text(s);
  }

  /** Deletes in the background; {@code onDeleted} may offer "Ångra" ({@link #undo}). */
  public void delete(E entry, Consumer<E> onDeleted) {
    BackgroundTask.wrap(() -> remove(entry))
        .onSuccess(deleted -> {
          rows.remove(entry);
          lastDeleted.set(deleted);
          count();
          onDeleted.accept(deleted);
        })
        .executeWith(executor);
  }

  /** Puts the last deleted entry back; nothing when there is none. */
  public void undo() {
    E deleted = lastDeleted.get();
    if (deleted == null) {
      return;
    }
    lastDeleted.set(null);
    BackgroundTask.wrap(() -> restore(deleted))
        .onSuccess(back -> refresh())
        .executeWith(executor);
  }

  /** Imports a CSV file all-or-nothing; {@code onRefused} gets every bad line, {@code onDone} how many were read. */
  public void importera(Path file, Consumer<List<ImportError>> onRefused, Consumer<Integer> onDone) {
    BackgroundTask.wrap(() -> importFile(file))
        .titled(Messages.format("import.laser", file.getFileName()))
        .onSuccess(saved -> {
          load();
          onDone.accept(saved);
        })
        .onFailure(t -> {
          if (t instanceof ImportException e) {
            onRefused.accept(e.importErrors());
          } else {
            ErrorDialog.showUnexpected(t);
          }
        })
        .executeWith(executor);
  }

  public SortedList<E> sorted() {
    return sorted;
  }

  public List<E> visible() {
    return List.copyOf(sorted);
  }

  public ObservableList<MotesVal> motesval() {
    return motesval;
  }

  public ObjectProperty<MotesVal> moteProperty() {
    return mote;
  }

  public StringProperty franProperty() {
    return fran;
  }

  public StringProperty tillProperty() {
    return till;
  }

  public StringProperty periodErrorProperty() {
    return periodError;
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ObjectProperty<E> lastDeletedProperty() {
    return lastDeleted;
  }

  private record Choices(List<Sammantrade> moten, Runnable more) {}
}
