package se.namndbok.app.shared;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * An area's undo history: every delete, clear, move and reorder since the program started (the newest
 * {@value #MAX} kept), Ctrl+Z undoes the last, Ctrl+Y redoes what was undone. A new step clears what can be
 * redone. Used on the JavaFX thread; a step that changes the store runs its core call in the background.
 */
public final class UndoHistory {
  public static final int MAX = 100;

  /** One undoable step; {@link #text} says what it did ("Delegationsbeslut 2025/146 togs bort"). */
  public interface Step {
    String text();

    void undo();

    void redo();
  }

  private final Deque<Step> done = new ArrayDeque<>();
  private final Deque<Step> undone = new ArrayDeque<>();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper last = new ReadOnlyStringWrapper("");
  private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper();

  /** Records a step just done. */
  public void done(Step step) {
    done.push(step);
    if (done.size() > MAX) {
      done.removeLast();
    }
    undone.clear();
    changed();
  }

  /** Undoes the last step; false when there is none. */
  public boolean undo() {
    Step s = done.poll();
    if (s == null) {
      return false;
    }
    undone.push(s);
    changed();
    s.undo();
    return true;
  }

  /** Redoes the last undone step; false when there is none. */
  public boolean redo() {
    Step s = undone.poll();
    if (s == null) {
      return false;
    }
    done.push(s);
    changed();
    s.redo();
    return true;
  }

  public int size() {
    return done.size();
  }

  private void changed() {
    canUndo.set(!done.isEmpty());
    canRedo.set(!undone.isEmpty());
    last.set(done.isEmpty() ? "" : done.peek().text());
    changes.set(changes.get() + 1);
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** Counts every step done, undone or redone: a notice about the last step listens to it. */
  public ReadOnlyIntegerProperty changesProperty() {
    return changes.getReadOnlyProperty();
  }

  /** What Ctrl+Z would undo. */
  public ReadOnlyStringProperty lastProperty() {
    return last.getReadOnlyProperty();
  }
}
