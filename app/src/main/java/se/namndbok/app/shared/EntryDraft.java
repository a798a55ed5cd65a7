package se.namndbok.app.shared;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * An entry form's draft (decision 0171): of the new entry ("meddelande-ny") or of the saved one being changed
 * ("meddelande-12"), filled in again when the form shows it next, with a notice until it is saved, emptied or
 * thrown away.
 */
public final class EntryDraft {
  private final Drafts.Draft draft;
  private final StringProperty notice = new SimpleStringProperty("");
  private final List<String> labels;

  /**
   * {@code kind} names the form in the key; {@code what} names what is typed in the list shown at start (read when
   * the draft is written: a new entry, or the saved one being changed); {@code labels} the form's fields.
   */
  public EntryDraft(Drafts drafts, EntryFormState state, String kind, java.util.function.Supplier<String> what,
      List<String> labels) {
    this.labels = labels;
    this.draft = drafts.keep(state, () -> kind + "-" + (state.editingProperty().get() == null ? "ny"
        : state.editingProperty().get()), what);
    state.dirtyProperty().addListener((o, was, dirty) -> {
      if (!dirty) {
        notice.set("");
      }
    });
  }

  /** Fills in what a draft of the entry now shown holds, if any; call after the form shows it. */
  public void restore() {
    notice.set("");
    draft.restore().ifPresent(d -> notice.set(Drafts.notice(d, labels)));
  }

  /** Non-empty while the form holds a draft filled in again. */
  public StringProperty noticeProperty() {
    return notice;
  }
}
