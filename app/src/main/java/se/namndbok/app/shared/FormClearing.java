package se.namndbok.app.shared;

/**
 * Clearing an entry form, the same for every kind: the values go, the messages go, and the area's
 * {@link UndoHistory} gets a step that puts them back (Ctrl+Z) or empties the form again (Ctrl+Y).
 */
public final class FormClearing {
  private final EntryFormState state;
  private final UndoHistory history;
  private final Runnable clearMessages;

  public FormClearing(EntryFormState state, UndoHistory history, Runnable clearMessages) {
    this.state = state;
    this.history = history;
    this.clearMessages = clearMessages;
  }

  /** Empties the form (Esc, "Töm"); nothing is recorded when it is already empty. */
  public void clear() {
    clearMessages.run();
    if (state.isEmpty() && state.editingProperty().get() == null) {
      return;
    }
    EntryFormState.Snapshot before = state.clear();
    history.done(new UndoHistory.Step() {
      @Override
      public String text() {
        return Messages.get("angra.tomt");
      }

      @Override
      public void undo() {
        state.restore(before);
      }

      @Override
      public void redo() {
        state.clear();
      }
    });
  }

  /** Empties the form after a save, for the next entry (nothing to undo: the entry is saved). */
  public void emptyAfterSave() {
    clearMessages.run();
    state.clear();
  }
}
