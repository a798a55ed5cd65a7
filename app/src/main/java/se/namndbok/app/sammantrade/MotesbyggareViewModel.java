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
import se.namndbok.app.shared.UndoHistory;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.sammantrade.ListadPunkt;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.BorttagenPunkt;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
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
  private final BuilderUndo undo;
  private final BooleanProperty busy = new SimpleBooleanProperty();
  private final BooleanProperty locked = new SimpleBooleanProperty();
  /** True from choosing a meeting until its list has been read: the empty list is not yet "no items". */
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private volatile Long lastAdded;

  public MotesbyggareViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    this.operationer = new PunktOperationer(services);
    this.undo = new BuilderUndo(services.arendelista(), this::changeSelecting);
    punkter.addListener((ListChangeListener<Punktrad>) c ->
        innehall.setAll(punkter.stream().filter(p -> p.kallelsenummer() != null).map(Innehallsrad::of).toList()));
    sammantrade.addListener((o, was, now) -> {
      locked.set(now != null && now.status() == SammantradeStatus.JUSTERAT);
      undo.show(now);
      clearMessages();
      punkter.clear();
      loading.set(now != null);
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

  /**
   * Adds the ärenden last, in the given order, in one transaction; the last one is selected. An ärende already on
   * the list is not added again (a second punkt would put it twice in the kallelse): the notice names it and its
   * punkt, which is selected when nothing else was added.
   */
  public void addArenden(List<Arende> arenden) {
    if (arenden.isEmpty()) {
      return;
    }
    List<Punktrad> redan = arenden.stream().map(a -> punkter.stream()
        .filter(p -> p.arende() != null && p.arende().id() == a.id()).findFirst().orElse(null))
        .filter(java.util.Objects::nonNull).toList();
    String sagt = redan.isEmpty() ? "" : Messages.format("byggare.finns.redan", String.join(", ", redan.stream()
        .map(p -> Messages.format("byggare.finns.redan.punkt", p.arendenummer(), p.punktnummer())).toList()));
    List<ArendepunktInnehall> nya = arenden.stream()
        .filter(a -> redan.stream().noneMatch(p -> p.arende().id() == a.id()))
        .map(a -> new ArendepunktInnehall(ArendepunktTyp.ARENDE, a.id(), a.rubrik(), ForslagAv.FORVALTNINGEN,
            PunktTexter.INGA, a.sekretess(), null)).toList();
    if (nya.isEmpty()) {
      change(() -> new Outcome(redan.getFirst().id(), sagt));
      return;
    }
    change(() -> new Outcome(services.arendelista().addAll(meetingId(), nya).getLast().id(), sagt));
  }

  /**
   * The new-ärende dialog's save, called off the JavaFX thread: registers the ärende in the diarium and adds it
   * last on the list, as one core call; {@link #showAdded} then shows and selects it.
   */
  public Arende addNyttArende(NyttArende nytt) {
    ListadPunkt p = services.arendelista().addNyttArende(meetingId(), nytt, ForslagAv.FORVALTNINGEN);
    lastAdded = p.punkt().id();
    return p.arende();
  }

  /** Reads the list back after {@link #addNyttArende}, the new item selected. */
  public void showAdded() {
    reload(lastAdded);
  }

  /** Upprop and Val av justerare first on the list, those not there already. */
  public void addOppning() {
    change(() -> select(services.arendelista().addStandard(meetingId(), OPPNING, true)));
  }

  /** Meddelanden and Delegationsbeslut last on the list, those not there already. */
  public void addRedovisning() {
    change(() -> select(services.arendelista().addStandard(meetingId(), REDOVISNING, false)));
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
    int from = r.nummer() - 1;
    UndoHistory h = undo.history();
    change(() -> {
      services.arendelista().moveTo(r.id(), target);
      return select(r.id());
    }, () -> h.done(undo.flyttad(r.id(), r.rubrik(), from, target)));
  }

  /** Removes the item (its beslutsunderlag and bilagor with it); Ctrl+Z ("Ångra") puts it back. */
  public void remove(Punktrad r) {
    if (r == null) {
      return;
    }
    BorttagenPunkt[] removed = new BorttagenPunkt[1];
    UndoHistory h = undo.history();
    change(() -> {
      removed[0] = services.arendelista().remove(r.id());
      return new Outcome(null, Messages.format("byggare.borttagen", r.namnForst()));
    }, () -> h.done(undo.borttagen(removed[0])));
  }

  /** Undoes the meeting's last remove, move or reorder (Ctrl+Z); the history goes back to the program's start. */
  public void undo() {
    undo.history().undo();
  }

  /** Redoes what was undone (Ctrl+Y). */
  public void redo() {
    undo.history().redo();
  }

  /** The shown meeting's history of changes to its list. */
  public UndoHistory history() {
    return undo.history();
  }

  /** Runs a step's core call and reads the list back, selecting the id it returns. */
  private void changeSelecting(Callable<BuilderUndo.Resultat> work) {
    change(() -> {
      BuilderUndo.Resultat r = work.call();
      return new Outcome(r.select(), r.notice());
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
    change(work, () -> { });
  }

  /** {@link #change(Callable)}; {@code done} runs on the JavaFX thread once the change is made. */
  private void change(Callable<Outcome> work, Runnable done) {
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
          done.run();
          if (meeting.equals(sammantrade.get())) {
            show(r);
            clearMessages();
            notice.set(r.notice());
          }
        })
        .onFailure(this::failed)
        .onFinished(() -> {
          busy.set(false);
          if (meeting.equals(sammantrade.get())) {
            loading.set(false);
          }
        })
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

  public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
    return undo.canUndoProperty();
  }

  public javafx.beans.property.ReadOnlyBooleanProperty canRedoProperty() {
    return undo.canRedoProperty();
  }

  /** The meeting's protokoll is justerat: the list is shown read-only (core refuses every change anyway). */
  public BooleanProperty lockedProperty() {
    return locked;
  }

  public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
    return loading;
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
