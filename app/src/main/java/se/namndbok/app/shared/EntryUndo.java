package se.namndbok.app.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import se.namndbok.core.anmalan.Anmalan;
import se.namndbok.core.anmalan.AnmalanService;

/**
 * The undoable steps of a list of reported entries: a deleted entry put back (to the same meeting) and a move
 * between meetings. An entry put back gets a new id in the store, so the steps keep a map from the id an entry
 * had when a step was made to the id it has now; an older move of the same entry still finds it.
 */
final class EntryUndo<E extends Anmalan> {
  private final AnmalanService<?, E> service;
  private final BiConsumer<Callable<E>, Consumer<E>> change;
  private final Map<Long, Long> nyttId = new HashMap<>();

  /** {@code change} runs a core call in the background, then the consumer with its result, then lists again. */
  EntryUndo(AnmalanService<?, E> service, BiConsumer<Callable<E>, Consumer<E>> change) {
    this.service = service;
    this.change = change;
  }

  /** Ctrl+Z puts the deleted entry back; Ctrl+Y deletes it again. */
  UndoHistory.Step borttagen(E deleted) {
    long id = deleted.id();
    return step(Messages.get("angra.borttagen"),
        () -> change.accept(() -> service.aterstall(deleted), back -> nyttId.put(current(id), back.id())),
        () -> change.accept(() -> service.delete(current(id)), gone -> { }));
  }

  /** Ctrl+Z moves the entry back to {@code from}; Ctrl+Y moves it to {@code to} again. */
  UndoHistory.Step flyttad(long id, Long from, Long to) {
    return step(Messages.get("angra.flyttad"), () -> change.accept(() -> service.flytta(current(id), from), e -> { }),
        () -> change.accept(() -> service.flytta(current(id), to), e -> { }));
  }

  /** The id the entry has now (it changes each time a deleted entry is put back). */
  private long current(long id) {
    long now = id;
    while (nyttId.containsKey(now)) {
      now = nyttId.get(now);
    }
    return now;
  }

  private static UndoHistory.Step step(String text, Runnable undo, Runnable redo) {
    return new UndoHistory.Step() {
      @Override
      public String text() {
        return text;
      }

      @Override
      public void undo() {
        undo.run();
      }

      @Override
      public void redo() {
        redo.run();
      }
    };
  }
}
