package se.namndbok.app.shared;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A form's draft and its notice (decision 0171): filled in when the form shows the record it is of, told over the
 * fields until the form is saved, emptied or thrown away (the notice goes when nothing is unsaved any more).
 */
public final class FormDraft {
  private final Drafts.Draft draft;
  private final StringProperty notice = new SimpleStringProperty("");
  private final java.util.function.Function<Drafts.Restored, String> told;

  /**
   * {@code key} names what the form shows (null: nothing); {@code what} names it in the list shown at start (read
   * when the draft is written); {@code labels} are the form's fields, in {@link EntryFormState} order.
   */
  public FormDraft(Drafts drafts, EntryFormState state, Supplier<String> key, Supplier<String> what,
      List<String> labels) {
    this(drafts, state, key, what, r -> Drafts.notice(r, labels));
  }

  private FormDraft(Drafts drafts, EntryFormState state, Supplier<String> key, Supplier<String> what,
      java.util.function.Function<Drafts.Restored, String> told) {
    this.told = told;
    this.draft = drafts.keep(state, key, what);
    state.dirtyProperty().addListener((o, was, dirty) -> {
      if (!dirty) {
        notice.set("");
      }
    });
  }

  /** An entry form's: of the new entry ("meddelande-ny") or of the saved one being changed ("meddelande-12"). */
  public static FormDraft ofEntry(Drafts drafts, EntryFormState state, String kind, Supplier<String> what,
      List<String> labels) {
    return new FormDraft(drafts, state, () -> kind + "-" + (state.editingProperty().get() == null ? "ny"
        : state.editingProperty().get()), what, labels);
  }

  /**
   * A dialog's form (Registrera ärende, Registrera handling): as above, its notice saying which button saves it
   * ({@code save}) and that Avbryt throws it away; {@code labels} as the form is when the draft is filled in (a
   * new record has none: no one else can have changed it).
   */
  public static FormDraft inDialog(Drafts drafts, EntryFormState state, Supplier<String> key, Supplier<String> what,
      Supplier<List<String>> labels, String save) {
    return new FormDraft(drafts, state, key, what, r -> Drafts.notice(r, labels.get(), "utkast.aterstallt.dialog", save));
  }

  /**
   * A settings form (Inställningar → Nämnden): as the first, its notice naming the button that saves it ({@code
   * save}) and not a way to throw it away, which such a pane does not have (leaving the area asks).
   */
  public static FormDraft inSettings(Drafts drafts, EntryFormState state, String key, Supplier<String> what,
      List<String> labels, String save) {
    return new FormDraft(drafts, state, () -> key, what,
        r -> Drafts.notice(r, labels, "utkast.aterstallt.installning", save));
  }

  /** Fills in what a draft of the record now shown holds, if any; call after the form shows it. */
  public void restore() {
    notice.set("");
    draft.restore().ifPresent(d -> notice.set(told.apply(d)));
  }

  /** Non-empty while the form holds a draft filled in again. */
  public StringProperty noticeProperty() {
    return notice;
  }
}
