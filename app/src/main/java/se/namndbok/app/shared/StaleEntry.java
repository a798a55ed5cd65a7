package se.namndbok.app.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.core.shared.StaleException;

/**
 * An entry form's save refused because someone else changed the entry after it was read into the form, as the
 * punkt editor handles it: who and when, and what the user typed, field by field ("Rubrik: … ", to copy).
 * "Läs in den nya versionen" (or Ändra on the same row) shows the colleague's version in the form, what was typed
 * still in sight; "Använd min text" then fills in again, over that version, the fields the user changed, and lists
 * what the colleague's version had in them. Nothing typed is lost, and the colleague's change is never saved over
 * before it was shown.
 *
 * @param <E> the saved entry
 */
public final class StaleEntry<E> {
  /** Where the user is: refused (typed values in the form), the new version read in, or the typed values put back. */
  public enum Stage { REFUSED, READ_AGAIN, PUT_BACK }

  private final EntryFormState state;
  private final List<String> labels;
  private final TaskExecutor executor;
  private final LongFunction<Optional<E>> find;
  private final Consumer<E> show;
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty caption = new SimpleStringProperty("");
  private final StringProperty text = new SimpleStringProperty("");
  private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
  private Long id;
  private boolean removed;
  private EntryFormState.Values typed;
  private EntryFormState.Values typedOver;

  /**
   * {@code labels} name the form's fields in the order {@code state} has them ("diarienummer, delegat, …", as the
   * drafts do); {@code find} reads the entry as stored (empty when it was deleted), {@code show} puts one in the
   * form as the form's own "Ändra" does.
   */
  public StaleEntry(EntryFormState state, List<String> labels, TaskExecutor executor, LongFunction<Optional<E>> find,
      Consumer<E> show) {
    this.state = state;
    this.labels = labels;
    this.executor = executor;
    this.find = find;
    this.show = show;
  }

  /** The save of the entry in the form was refused as stale: says who and when, and keeps what was typed. */
  public void refused(StaleException e) {
    id = state.editingProperty().get();
    removed = false;
    typed = state.values();
    typedOver = state.baseline();
    message.set(e.getMessage() + " " + Messages.get("inaktuell.vagrad"));
    caption.set(Messages.get("editor.dintext"));
    text.set(listing(typed, typedOver));
    stage.set(Stage.REFUSED);
  }

  /**
   * True while Ändra on entry {@code entryId} is to read its new version: its save was refused and what the form
   * holds is either what was typed (kept here) or the version read, unchanged.
   */
  public boolean readsAgain(long entryId) {
    return stage.get() != null && Objects.equals(id, entryId)
        && (stage.get() == Stage.REFUSED || (stage.get() == Stage.READ_AGAIN && !state.dirtyProperty().get()));
  }

  /**
   * Reads the entry as stored now and shows it in the form; what was typed stays here ("Använd min text" puts it
   * back). An entry deleted meanwhile empties the form: what was typed can then be saved as a new one.
   */
  public void readAgain() {
    if (id == null || stage.get() == Stage.PUT_BACK) {
      return;
    }
    long which = id;
    if (stage.get() == Stage.REFUSED) {
      typed = state.values(); // what was typed after the refusal too
      text.set(listing(typed, typedOver));
    }
    BackgroundTask.wrap(() -> find.apply(which))
        .onSuccess(found -> {
          if (!Objects.equals(id, which)) {
            return; // closed, or another entry shown, meanwhile
          }
          if (found.isPresent()) {
            show.accept(found.get());
            message.set(Messages.get("inaktuell.inlast"));
          } else {
            state.clear();
            removed = true;
            message.set(Messages.get("inaktuell.borttagen"));
          }
          stage.set(Stage.READ_AGAIN);
        })
        .executeWith(executor);
  }

  /**
   * After {@link #readAgain}: fills in again the fields the user changed, over the version read (all of them into
   * an empty form when the entry was deleted); lists what the colleague's version had in the fields filled in.
   */
  public void useTyped() {
    if (stage.get() != Stage.READ_AGAIN) {
      return;
    }
    EntryFormState.Values theirs = state.values();
    if (removed) {
      state.set(typed);
    } else {
      state.putBack(typed, typedOver);
    }
    String replaced = listing(theirs, state.values());
    message.set(Messages.get(replaced.isEmpty() ? "inaktuell.ifylld.samma" : "inaktuell.ifylld"));
    caption.set(replaced.isEmpty() ? "" : Messages.get("inaktuell.deras"));
    text.set(replaced);
    stage.set(Stage.PUT_BACK);
  }

  /** Closes the notice: the form was emptied, saved, or shows another entry. */
  public void close() {
    id = null;
    typed = null;
    typedOver = null;
    message.set("");
    caption.set("");
    text.set("");
    stage.set(null);
  }

  /** "Rubrik: Avtal (Rolf)", one line per field that differs in {@code values} from {@code from}. */
  private String listing(EntryFormState.Values values, EntryFormState.Values from) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < values.values().size(); i++) {
      Object v = values.values().get(i);
      if (!Objects.equals(v, from.values().get(i))) {
        lines.add(label(i) + ": " + shown(v));
      }
    }
    return String.join("\n", lines);
  }

  private String label(int i) {
    String l = i < labels.size() ? labels.get(i) : "";
    return l.isEmpty() ? l : Character.toUpperCase(l.charAt(0)) + l.substring(1);
  }

  private static String shown(Object v) {
    return v instanceof Boolean b ? Messages.get(b ? "ja" : "nej") : v == null ? "" : v.toString();
  }

  /** Who changed the entry and when, and what to do; empty while there is nothing to tell. */
  public StringProperty messageProperty() {
    return message;
  }

  /** What the box below the message holds: "Din text (kopiera det du vill behålla):", or the colleague's. */
  public StringProperty captionProperty() {
    return caption;
  }

  /** The values in the box, one field a line. */
  public StringProperty textProperty() {
    return text;
  }

  /** Where the user is; null while there is nothing to tell. */
  public ReadOnlyObjectProperty<Stage> stageProperty() {
    return stage;
  }
}
