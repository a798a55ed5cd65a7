package se.namndbok.app.meddelande;

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
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.MotesVal;
import se.namndbok.app.shared.Period;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.MeddelandeFilter;
import se.namndbok.core.meddelande.MeddelandeImport;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.shared.ValidationException;

/** The meddelanden list: filtered by meeting, period and "ej anmälda" through the core; delete with Ångra; import. */
public final class MeddelandeViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final ObservableList<Meddelande> rows = FXCollections.observableArrayList();
  private final SortedList<Meddelande> sorted = new SortedList<>(rows);
  private final ObservableList<MotesVal> motesval = FXCollections.observableArrayList(MotesVal.ALLA, MotesVal.EJ_ANMALDA);
  private final ObjectProperty<MotesVal> mote = new SimpleObjectProperty<>(MotesVal.ALLA);
  private final StringProperty fran = new SimpleStringProperty("");
  private final StringProperty till = new SimpleStringProperty("");
  private final StringProperty periodError = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
  private final Map<Long, Sammantrade> moten = new HashMap<>();
  private final ObjectProperty<Meddelande> lastDeleted = new SimpleObjectProperty<>();

  public MeddelandeViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    mote.addListener((o, was, now) -> refresh());
    fran.addListener((o, was, now) -> refresh());
    till.addListener((o, was, now) -> refresh());
  }

  public void load() {
    BackgroundTask.wrap(() -> services.sammantraden().all())
        .titled(Messages.get("meddelanden.laddar"))
        .onSuccess(all -> {
          moten.clear();
          all.forEach(s -> moten.put(s.id(), s));
          MotesVal keep = mote.get();
          motesval.setAll(MotesVal.choices(all));
          mote.set(motesval.stream().filter(v -> v.equals(keep)).findFirst().orElse(MotesVal.ALLA));
          refresh();
        })
        .executeWith(executor);
  }

  public void refresh() {
    MeddelandeFilter filter;
    try {
      filter = filter();
      periodError.set("");
    } catch (ValidationException e) {
      periodError.set(e.getMessage());
      return;
    }
    BackgroundTask.wrap(() -> services.meddelanden().list(filter))
        .onSuccess(list -> {
          rows.setAll(list);
          count();
        })
        .executeWith(executor);
  }

  MeddelandeFilter filter() {
    Period p = Period.parse(fran.get(), till.get());
    MotesVal m = mote.get() == null ? MotesVal.ALLA : mote.get();
    return new MeddelandeFilter(m.sammantradeId(), p.fran(), p.till(), m.ejAnmalda());
  }

  private void count() {
    summary.set(Messages.format("meddelanden.antal", rows.size()));
  }

  public void added(Meddelande m) {
    rows.addFirst(m);
    count();
    if (m.sammantradeId() != null && !moten.containsKey(m.sammantradeId())) {
      load();
    }
  }

  public String anmalsTill(Meddelande m) {
    if (m.sammantradeId() == null) {
      return Messages.get("filter.ej.anmald");
    }
    Sammantrade s = moten.get(m.sammantradeId());
    return s == null ? "" : MotesVal.text(s);
  }

  public void delete(Meddelande m, Consumer<Meddelande> onDeleted) {
    BackgroundTask.wrap(() -> services.meddelanden().delete(m.id()))
        .onSuccess(deleted -> {
          rows.remove(m);
          lastDeleted.set(deleted);
          count();
          onDeleted.accept(deleted);
        })
        .executeWith(executor);
  }

  public void undo() {
    Meddelande deleted = lastDeleted.get();
    if (deleted == null) {
      return;
    }
    lastDeleted.set(null);
    BackgroundTask.wrap(() -> services.meddelanden().aterstall(deleted))
        .onSuccess(back -> refresh())
        .executeWith(executor);
  }

  public void importera(Path file, Consumer<List<ImportError>> onRefused, Consumer<Integer> onDone) {
    BackgroundTask.wrap(() -> new MeddelandeImport(services.database(), services.database().files(), services.clock())
            .importera(file))
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

  public SortedList<Meddelande> sorted() {
    return sorted;
  }

  public List<Meddelande> visible() {
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
}
