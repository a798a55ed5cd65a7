package se.namndbok.app.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.core.shared.ValidationException;

/** The messages of one form: one per field (keyed by the Swedish field name the core uses) and one general. */
public final class FieldErrors {
  private final Map<String, StringProperty> fields = new LinkedHashMap<>();
  private final StringProperty general = new SimpleStringProperty("");

  public FieldErrors(String... names) {
    for (String n : names) {
      fields.put(n, new SimpleStringProperty(""));
    }
  }

  public StringProperty get(String field) {
    return fields.get(field);
  }

  public StringProperty general() {
    return general;
  }

  /** Shows a refusal at its fields; anything else is unexpected and goes to the error dialog. */
  public void show(Throwable t) {
    if (t instanceof ValidationException e) {
      FieldError.distribute(e, fields, general);
    } else {
      ErrorDialog.showUnexpected(t);
    }
  }

  /** For a save's failure: shows the refusal at its fields and tells {@code done} that nothing was saved. */
  public java.util.function.Consumer<Throwable> refused(java.util.function.Consumer<Boolean> done) {
    return t -> {
      show(t);
      done.accept(false);
    };
  }

  public void clear() {
    FieldError.clear(fields, general);
  }

  /**
   * Every message shown, the form's own first, one per line: what a refused save said, for where its fields may
   * be out of sight (the unsaved-changes question).
   */
  public String summary() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(general), fields.values().stream())
        .map(StringProperty::get).filter(t -> t != null && !t.isBlank())
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  public boolean any() {
    return !general.get().isEmpty() || fields.values().stream().anyMatch(p -> !p.get().isEmpty());
  }
}
