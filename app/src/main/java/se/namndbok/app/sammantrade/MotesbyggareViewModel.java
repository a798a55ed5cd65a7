package se.namndbok.app.sammantrade;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.shared.ValidationException;

/**
 * The meeting builder's ärendelista: add, move, remove (with "Ångra") and attach, each change one transaction
 * in the core, run off the JavaFX thread; afterwards the list is read back, so the punkt numbers and the
 * contents preview are always the store's. The moved or added item stays selected.
 */
public final class MotesbyggareViewModel {
  private static final List<ArendepunktTyp> OPPNING = List.of(ArendepunktTyp.UPPROP, ArendepunktTyp.JUSTERARE);
  private static final List<ArendepunktTyp> REDOVISNING =
      List.of(ArendepunktTyp.MEDDELANDEN, ArendepunktTyp.DELEGATIONSBESLUT);

  private final AppServices services;
  private final TaskExecutor executor;
  private final PunktOperationer operationer;
  private final ObjectProperty<Sammantrade> sammantrade = new SimpleObjectProperty<>();
  private final ObservableList<Punktrad> punkter = FXCollections.observableArrayList();
  private final ObservableList<Innehallsrad> innehall = FXCollections.observableArrayList();
  private final ObjectProperty<Punktrad> selected = new SimpleObjectProperty<>();
  private final StringProperty error = new SimpleStringProperty("");
  private final StringProperty notice = new SimpleStringProperty("");
  private final BooleanProperty canUndo = new SimpleBooleanProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private RemovedPunkt lastRemoved;

  public MotesbyggareViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    this.operationer = new PunktOperationer(services);
    punkter.addListener((ListChangeListener<Punktrad>) c ->
        innehall.setAll(punkter.stream().map(Innehallsrad::of).toList()));
    sammantrade.addListener((o, was, now) -> {
      lastRemoved = null;
      canUndo.set(false);
      clearMessages();
      punkter.clear();
      if (now != null) {
        change(() -> select(null));
      }
    });
  }

  /** Adds an existing ärende last, with its rubrik and its confidentiality. */
  public void addArende(Arende a) {
    var ny = new ArendepunktInnehall(ArendepunktTyp.ARENDE, a.id(), a.rubrik(), ForslagAv.FORVALTNINGEN,
        PunktTexter.INGA, a.sekretess(), null);
    change(() -> select(services.arendelista().add(meetingId(), ny).id()));
  }

  /** Adds the ärenden last, in the given order, in one transaction; the last one is selected. */
  public void addArenden(List<Arende> arenden) {
    if (arenden.isEmpty()) {
      return;
    }
    List<ArendepunktInnehall> nya = arenden.stream().map(a -> new ArendepunktInnehall(ArendepunktTyp.ARENDE, a.id(),
        a.rubrik(), ForslagAv.FORVALTNINGEN, PunktTexter.INGA, a.sekretess(), null)).toList();
    change(() -> select(services.arendelista().addAll(meetingId(), nya).getLast().id()));
  }

  /** Upprop and Val av justerare first on the list, those not there already. */
  public void addOppning() {
    change(() -> select(operationer.addStandard(meetingId(), OPPNING, true)));
  }

  /** Meddelanden and Delegationsbeslut last on the list, those not there already. */
  public void addRedovisning() {
    change(() -> select(operationer.addStandard(meetingId(), REDOVISNING, false)));
  }

  public void moveUp(Punktrad r) {
    moveTo(r, r.nummer() - 2);
  }

  public void moveDown(Punktrad r) {
    moveTo(r, r.nummer());
  }

  /** Moves the item to place {@code index} (0-based, clamped to the list); it stays selected. */
  public void moveTo(Punktrad r, int index) {
    int target = Math.max(0, Math.min(index, punkter.size() - 1));
    if (r == null || target == r.nummer() - 1) {
      return;
    }
    change(() -> {
      services.arendelista().moveTo(r.id(), target);
      return select(r.id());
    });
  }

  /** Removes the item (its beslutsunderlag and bilagor with it); "Ångra" puts it back. */
  public void remove(Punktrad r) {
    if (r == null) {
      return;
    }
    change(() -> {
      lastRemoved = operationer.remove(r.id());
      return new Outcome(null, Messages.format("byggare.borttagen", r.nummer(), r.rubrik()));
    });
  }

  /** Puts the last removed item back at its place, with its beslutsunderlag and bilagor. */
  public void undo() {
    RemovedPunkt removed = lastRemoved;
    if (removed == null) {
      return;
    }
    change(() -> {
      long id = operationer.restore(removed);
      lastRemoved = null;
      return new Outcome(id, Messages.format("byggare.aterstalld", removed.punkt().ordning(), removed.punkt().rubrik()));
    });
  }

  /**
   * Checks the file as a PDF before anything is stored, then registers it as a handling in the item's ärende
   * and attaches it. A refused file leaves a Swedish message naming it and stores nothing.
   */
  public void attach(Punktrad r, String fileName, byte[] bytes) {
    if (r == null) {
      return;
    }
    change(() -> new Outcome(r.id(), operationer.attach(r.id(), r.sekretess(), fileName, bytes)));
  }

  /** {@link #attach(Punktrad, String, byte[])} for a file on disk, read off the JavaFX thread. */
  public void attach(Punktrad r, java.nio.file.Path file) {
    if (r != null) {
      change(() -> new Outcome(r.id(), operationer.attach(r.id(), r.sekretess(), file.getFileName().toString(),
          java.nio.file.Files.readAllBytes(file))));
    }
  }

  /** Reloads the selected meeting's list after an item was edited elsewhere (the editor), keeping the selection. */
  public void reload(Long selectId) {
    change(() -> select(selectId));
  }

  private long meetingId() {
    return sammantrade.get().id();
  }

  private static Outcome select(Long id) {
    return new Outcome(id, "");
  }

  /** Runs {@code work} (saying which id to select, null to keep the selection) and reads the list back. */
  private void change(Callable<Outcome> work) {
    Sammantrade meeting = sammantrade.get();
    if (meeting == null) {
      return;
    }
    Long keep = selected.get() == null ? null : selected.get().id();
    BackgroundTask.wrap(() -> {
      Outcome o = work.call();
      return new Reloaded(operationer.rows(meeting.id()), o.select() == null ? keep : o.select(), o.notice());
    })
        .onRunning(() -> busy.set(true))
        .onSuccess(r -> {
          if (meeting.equals(sammantrade.get())) {
            show(r);
            clearMessages();
            notice.set(r.notice());
            canUndo.set(lastRemoved != null);
          }
        })
        .onFailure(this::failed)
        .onFinished(() -> busy.set(false))
        .executeWith(executor);
  }

  private void show(Reloaded r) {
    punkter.setAll(r.rows());
    selected.set(r.rows().stream().filter(p -> r.select() != null && p.id() == r.select()).findFirst().orElse(null));
  }

  private void failed(Throwable t) {
    if (t instanceof ValidationException e) {
      notice.set("");
      error.set(String.join("\n", e.errors().stream().map(Object::toString).toList()));
    } else {
      ErrorDialog.showUnexpected(t);
    }
  }

  private void clearMessages() {
    error.set("");
    notice.set("");
  }

  public ObjectProperty<Sammantrade> sammantradeProperty() {
    return sammantrade;
  }

  public ObservableList<Punktrad> punkter() {
    return punkter;
  }

  public ObservableList<Innehallsrad> innehall() {
    return innehall;
  }

  public ObjectProperty<Punktrad> selectedProperty() {
    return selected;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty noticeProperty() {
    return notice;
  }

  public BooleanProperty canUndoProperty() {
    return canUndo;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }

  public AppServices services() {
    return services;
  }

  private record Outcome(Long select, String notice) {}

  private record Reloaded(List<Punktrad> rows, Long select, String notice) {}
}
