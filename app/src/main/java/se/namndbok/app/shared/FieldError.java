package se.namndbok.app.shared;

import java.util.Map;
import javafx.beans.property.StringProperty;
import se.namndbok.core.shared.StaleException;
import se.namndbok.core.shared.ValidationException;

/**
 * Puts each refused value's Swedish message on the form field it names; the rest on the form itself, under its
 * field name, except a stale save's sentence, which names the record itself ("Ärendet ändrades av …").
 */
public final class FieldError {
  private FieldError() {}

  /**
   * @param fields the form's error properties keyed by the Swedish field name the core uses ("Rubrik")
   * @param general where messages for fields the form does not show go
   */
  public static void distribute(ValidationException e, Map<String, StringProperty> fields, StringProperty general) {
    fields.values().forEach(p -> p.set(""));
    general.set("");
    for (ValidationException.FieldError error : e.errors()) {
      StringProperty target = fields.getOrDefault(error.field(), general);
      String text = e instanceof StaleException ? error.message() : error.toString();
      target.set(target.get().isEmpty() ? text : target.get() + "\n" + text);
    }
  }

  public static void clear(Map<String, StringProperty> fields, StringProperty general) {
    fields.values().forEach(p -> p.set(""));
    general.set("");
  }
}
