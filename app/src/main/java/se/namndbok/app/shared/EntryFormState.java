package se.namndbok.app.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * The values of a form as a whole, the same for every editor and entry form: whether they differ from what was
 * last saved or loaded ({@link #dirty}), which saved record is being edited (null for a new one), and a clear
 * that can be undone. A form registers its fields; the rest is here.
 */
public final class EntryFormState {
  private final List<Property<Object>> fields;
  private final ObjectProperty<Values> baseline = new SimpleObjectProperty<>();
  private final ObjectProperty<Long> editing = new SimpleObjectProperty<>();
  private int version;
  private final BooleanBinding dirty;

  /** The form's values at one moment, in the order the fields were registered. */
  public record Values(List<Object> values) {
    public Values {
      values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** A text form's values: the texts, then the sekretess box. */
    public static Values of(List<String> texts, boolean sekretess) {
      List<Object> all = new ArrayList<>(texts);
      all.add(sekretess);
      return new Values(all);
    }
  }

  /** An entry form: its text fields and its sekretess box. */
  public EntryFormState(List<StringProperty> texts, BooleanProperty sekretess) {
    this(concat(texts, sekretess), true);
  }

  @SuppressWarnings("unchecked")
  private EntryFormState(List<? extends Property<?>> all, boolean generic) {
    this.fields = all.stream().map(p -> (Property<Object>) p).toList();
    baseline.set(values());
    List<Observable> deps = new ArrayList<>(fields);
    deps.add(baseline);
    dirty = Bindings.createBooleanBinding(() -> !values().equals(baseline.get()), deps.toArray(Observable[]::new));
  }

  /** Any form: its fields, of any kind. */
  public static EntryFormState of(List<? extends Property<?>> fields) {
    return new EntryFormState(fields, true);
  }

  private static List<Property<?>> concat(List<StringProperty> texts, BooleanProperty sekretess) {
    List<Property<?>> all = new ArrayList<>(texts);
    all.add(sekretess);
    return all;
  }

  /** The fields, in the order they were registered (for what watches them all, e.g. {@link Drafts}). */
  List<Property<Object>> fields() {
    return fields;
  }

  public Values values() {
    List<Object> v = new ArrayList<>();
    fields.forEach(p -> v.add(p.getValue()));
    return new Values(v);
  }

  public void set(Values v) {
    for (int i = 0; i < fields.size(); i++) {
      fields.get(i).setValue(v.values().get(i));
    }
  }

  /**
   * The whole state of the form at one moment: values, what they are compared with, the record edited and the
   * version it was read at (a clear undone must save from the version its values were typed over, not from one
   * read since: that would save over a colleague's change unseen).
   */
  public record Snapshot(Values values, Values baseline, Long editing, int version) {}

  /** Empties the form for a new entry; returns what it held, for {@link #restore} (Ctrl+Z). */
  public Snapshot clear() {
    Snapshot before = new Snapshot(values(), baseline.get(), editing.get(), version);
    editing.set(null);
    version = 0;
    for (Property<Object> p : fields) {
      p.setValue(p.getValue() instanceof Boolean ? Boolean.FALSE : ((Object) p) instanceof StringProperty ? "" : null);
    }
    baseline.set(values());
    return before;
  }

  /**
   * Shows a saved record, read at {@code version}, for editing: its values become what the form is compared with,
   * and a save of them is made from that version.
   */
  public void edit(Long id, int version, Values v) {
    set(v);
    this.version = version;
    editing.set(id);
    baseline.set(values());
  }

  /** The version of the record edited as it was read into the form: what a save of it is made from. */
  public int version() {
    return version;
  }

  /** What was last saved or loaded: what the form is compared with. */
  public Values baseline() {
    return baseline.get();
  }

  /**
   * Puts back, over values just read, each field that differed in {@code typed} from {@code typedOver} (what it
   * was typed over): what the user changed stays, and what was saved or changed elsewhere shows in the rest.
   */
  public void putBack(Values typed, Values typedOver) {
    for (int i = 0; i < fields.size(); i++) {
      Object value = typed.values().get(i);
      if (!Objects.equals(value, typedOver.values().get(i))) {
        fields.get(i).setValue(value);
      }
    }
  }

  /** Puts back the values last saved or loaded (Släng). */
  public void discard() {
    set(baseline.get());
  }

  /** The current values were saved (or read again): the form is no longer dirty. */
  public void saved() {
    baseline.set(values());
  }

  /** Puts back what {@link #clear} emptied (Ctrl+Z): the values typed, the record edited. */
  public void restore(Snapshot s) {
    version = s.version();
    editing.set(s.editing());
    baseline.set(s.baseline());
    set(s.values());
  }

  public boolean isEmpty() {
    return values().values().stream()
        .allMatch(v -> v == null || Objects.equals(v, "") || Objects.equals(v, Boolean.FALSE));
  }

  public BooleanBinding dirtyProperty() {
    return dirty;
  }

  /** The id of the saved record being edited, null for a new one. */
  public ObjectProperty<Long> editingProperty() {
    return editing;
  }
}
