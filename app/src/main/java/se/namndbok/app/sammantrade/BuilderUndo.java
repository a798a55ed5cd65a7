package se.namndbok.app.sammantrade;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.UndoHistory;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.BorttagenPunkt;
import se.namndbok.core.sammantrade.Sammantrade;

/**
 * The builder's undo: each meeting keeps its own {@link UndoHistory} from the program's start (Ctrl+Z undoes what
 * was done to the list shown, also after another meeting was looked at in between), and the steps: a removed
 * item put back (with its underlag and bilagor) and a move undone. An item put back gets a new id in the store,
 * so the steps keep a map from the id an item had when the step was made to the id it has now; a later step (a
 * move of the restored item, say) still finds it.
 */
final class BuilderUndo {
  /** What a step's core call left: the item to select and the notice to show. */
  record Resultat(Long select, String notice) {}

  private final ArendelistaService arendelista;
  private final Consumer<Callable<Resultat>> runner;
  private final Map<Long, Long> nyttId = new HashMap<>();
  private final Map<Long, UndoHistory> histories = new HashMap<>();
  private final BooleanProperty canUndo = new SimpleBooleanProperty();
  private final BooleanProperty canRedo = new SimpleBooleanProperty();
  private UndoHistory history = new UndoHistory();

  BuilderUndo(ArendelistaService arendelista, Consumer<Callable<Resultat>> runner) {
    this.arendelista = arendelista;
    this.runner = runner;
  }

  /** Shows the history of the meeting shown ({@code null}: none, nothing to undo). */
  void show(Sammantrade mote) {
    history = mote == null ? new UndoHistory() : histories.computeIfAbsent(mote.id(), id -> new UndoHistory());
    canUndo.bind(history.canUndoProperty());
    canRedo.bind(history.canRedoProperty());
  }

  /** The shown meeting's history. */
  UndoHistory history() {
    return history;
  }

  ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo;
  }

  ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo;
  }

  /** Ctrl+Z puts the removed item back at its place; Ctrl+Y removes it again. */
  UndoHistory.Step borttagen(BorttagenPunkt removed) {
    long id = removed.punkt().id();
    String rubrik = removed.punkt().innehall().rubrik();
    return step(Messages.get("angra.borttagen"), () -> {
      Arendepunkt p = arendelista.restore(removed);
      nyttId.put(id, p.id());
      return new Resultat(p.id(), Messages.format("byggare.aterstalld", Punktrad.namnForst(nummer(p.id()), rubrik)));
    }, () -> {
      Arendepunkt p = arendelista.require(current(id));
      String namn = Punktrad.namnForst(nummer(p.id()), rubrik);
      arendelista.remove(p.id());
      return new Resultat(null, Messages.format("byggare.borttagen", namn));
    });
  }

  /** Ctrl+Z moves the item back to place {@code from} (0-based); Ctrl+Y moves it to {@code to} again. */
  UndoHistory.Step flyttad(long id, String rubrik, int from, int to) {
    // told, as a removal undone is: a walk pressed Ångra and saw a punkt jump with nothing saying why
    return step(Messages.get("angra.flyttad"), () -> {
      arendelista.moveTo(current(id), from);
      return new Resultat(current(id), flyttad("byggare.flyttad.tillbaka", rubrik, nummer(current(id))));
    }, () -> {
      arendelista.moveTo(current(id), to);
      return new Resultat(current(id), flyttad("byggare.flyttad.igen", rubrik, nummer(current(id))));
    });
  }

  /** "”X” är tillbaka som punkt 3.", or without the number for an opening punkt (the list shows none). */
  private static String flyttad(String key, String rubrik, Integer nummer) {
    String kort = Messages.kort(rubrik);
    return nummer == null ? Messages.format(key + ".inledande", kort) : Messages.format(key, kort, nummer);
  }

  /** The number the list and the kallelse give the item {@code punktId} now; null for an opening one. */
  private Integer nummer(long punktId) {
    long sammantradeId = arendelista.require(punktId).sammantradeId();
    return se.namndbok.core.sammantrade.Kallelsenummer.av(
        arendelista.rader(sammantradeId).stream().map(r -> r.punkt()).toList()).get(punktId);
  }

  /** The id the item has now (it changes when a removed item is put back). */
  private long current(long id) {
    long now = id;
    while (nyttId.containsKey(now)) {
      now = nyttId.get(now);
    }
    return now;
  }

  private UndoHistory.Step step(String text, Callable<Resultat> undo, Callable<Resultat> redo) {
    return UndoHistory.Step.of(text, () -> runner.accept(undo), () -> runner.accept(redo));
  }
}
