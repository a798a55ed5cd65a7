package se.namndbok.app.delegationsbeslut;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.MotesVal;
import se.namndbok.app.shared.Period;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.DelegationsbeslutFilter;
import se.namndbok.core.delegationsbeslut.DelegationsbeslutImport;
import se.namndbok.core.namnd.Delegat;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.shared.ValidationException;

/**
 * The list under the form: filtered by meeting, delegat, period and "ej anmälda" through the core's filter
 * (in the background), sorted by the table; delete with "Ångra" of the last delete; CSV import.
 */
public final class DelegationsbeslutViewModel {
  /** The "all delegater" choice of the delegat filter. */
  public static final Delegat ALLA_DELEGATER = new Delegat(0, 0, Messages.get("filter.alla.delegater"), 0);

  private final AppServices services;
  private final TaskExecutor executor;
  private final ObservableList<Delegationsbeslut> rows = FXCollections.observableArrayList();
  private final SortedList<Delegationsbeslut> sorted = new SortedList<>(rows);
  private final ObservableList<MotesVal> motesval = FXCollections.observableArrayList(MotesVal.ALLA, MotesVal.EJ_ANMALDA);
  private final ObservableList<Delegat> delegatval = FXCollections.observableArrayList(ALLA_DELEGATER);
  private final ObjectProperty<MotesVal> mote = new SimpleObjectProperty<>(MotesVal.ALLA);
  private final ObjectProperty<Delegat> delegat = new SimpleObjectProperty<>(ALLA_DELEGATER);
  private final StringProperty fran = new SimpleStringProperty("");
  private final StringProperty till = new SimpleStringProperty("");
  private final StringProperty periodError = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final Map<Long, Sammantrade> moten = new HashMap<>();
  private final ObjectProperty<Delegationsbeslut> lastDeleted = new SimpleObjectProperty<>();

  public DelegationsbeslutViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    mote.addListener((o, was, now) -> refresh());
    delegat.addListener((o, was, now) -> refresh());
    fran.addListener((o, was, now) -> refresh());
    till.addListener((o, was, now) -> refresh());
  }

  /** Fetches the meetings and delegater of the filters, then the list. */
  public void load() {
    BackgroundTask.wrap(() -> new Choices(services.sammantraden().all(), services.delegater().all()))
        .titled(Messages.get("delegationsbeslut.laddar"))
        .onSuccess(c -> {
          moten.clear();
          c.moten().forEach(s -> moten.put(s.id(), s));
          MotesVal keep = mote.get();
          motesval.setAll(MotesVal.choices(c.moten()));
          mote.set(motesval.stream().filter(v -> v.equals(keep)).findFirst().orElse(MotesVal.ALLA));
          delegatval.setAll(ALLA_DELEGATER);
          delegatval.addAll(c.delegater());
          refresh();
        })
        .executeWith(executor);
  }

  /** Lists again with the current filter; a bad period shows its message and keeps the list as it is. */
  public void refresh() {
    DelegationsbeslutFilter filter;
    try {
      filter = filter();
      periodError.set("");
    } catch (ValidationException e) {
      periodError.set(e.getMessage());
      return;
    }
    BackgroundTask.wrap(() -> services.delegationsbeslut().list(filter))
        .onSuccess(list -> {
          rows.setAll(list);
          summary.set(Messages.format("delegationsbeslut.antal", list.size()));
        })
        .executeWith(executor);
  }

  DelegationsbeslutFilter filter() {
    Period p = Period.parse(fran.get(), till.get());
    MotesVal m = mote.get() == null ? MotesVal.ALLA : mote.get();
    Delegat d = delegat.get();
    Long delegatId = d == null || d == ALLA_DELEGATER ? null : d.id();
    return new DelegationsbeslutFilter(m.sammantradeId(), delegatId, p.fran(), p.till(), m.ejAnmalda());
  }

  /** A decision just saved by the form: the list shows it (whatever it filters) at the top. */
  public void added(Delegationsbeslut b) {
    rows.addFirst(b);
    summary.set(Messages.format("delegationsbeslut.antal", rows.size()));
    if (b.sammantradeId() != null && !moten.containsKey(b.sammantradeId())) {
      load();
    }
  }

  /** The meeting a decision is reported to, as the list's column shows it. */
  public String anmalsTill(Delegationsbeslut b) {
    if (b.sammantradeId() == null) {
      return Messages.get("filter.ej.anmald");
    }
    Sammantrade s = moten.get(b.sammantradeId());
    return s == null ? "" : MotesVal.text(s);
  }

  /** Deletes in the background; {@code onDeleted} may offer "Ångra" ({@link #undo}). */
  public void delete(Delegationsbeslut b, Consumer<Delegationsbeslut> onDeleted) {
    BackgroundTask.wrap(() -> services.delegationsbeslut().delete(b.id()))
        .onSuccess(deleted -> {
          rows.remove(b);
          lastDeleted.set(deleted);
          summary.set(Messages.format("delegationsbeslut.antal", rows.size()));
          onDeleted.accept(deleted);
        })
        .executeWith(executor);
  }

  /** Puts the last deleted decision back; nothing when there is none. */
  public void undo() {
    Delegationsbeslut deleted = lastDeleted.get();
    if (deleted == null) {
      return;
    }
    lastDeleted.set(null);
    BackgroundTask.wrap(() -> services.delegationsbeslut().aterstall(deleted))
        .onSuccess(back -> refresh())
        .executeWith(executor);
  }

  /** Imports a CSV file all-or-nothing; {@code onRefused} gets every bad line, {@code onDone} how many were read. */
  public void importera(Path file, Consumer<List<ImportError>> onRefused, Consumer<Integer> onDone) {
    BackgroundTask.wrap(() -> new DelegationsbeslutImport(services.database(), services.database().files(),
            services.clock()).importera(file))
        .titled(Messages.format("import.laser", file.getFileName()))
        .onSuccess(saved -> {
          load();
          onDone.accept(saved.size());
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

  public SortedList<Delegationsbeslut> sorted() {
    return sorted;
  }

  public List<Delegationsbeslut> visible() {
    return List.copyOf(sorted);
  }

  public ObservableList<MotesVal> motesval() {
    return motesval;
  }

  public ObservableList<Delegat> delegatval() {
    return delegatval;
  }

  public ObjectProperty<MotesVal> moteProperty() {
    return mote;
  }

  public ObjectProperty<Delegat> delegatProperty() {
    return delegat;
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

  public javafx.beans.property.ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ObjectProperty<Delegationsbeslut> lastDeletedProperty() {
    return lastDeleted;
  }

  private record Choices(List<Sammantrade> moten, List<Delegat> delegater) {}
}
