package se.namndbok.core.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects field errors so that a form or a command reports all of them at once. Every text a service bounds
 * with {@link #maxLength} is also checked by {@link SafeText}: texts of up to {@value #ONE_LINE_MAX} characters
 * are one line, longer ones may hold line breaks and tabs; none may hold a personnummer or invisible controls.
 */
public final class Validator {
  private final List<ValidationException.FieldError> errors = new ArrayList<>();

  public Validator require(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(new ValidationException.FieldError(field, message));
    }
    return this;
  }

  public Validator notBlank(String value, String field) {
    return require(value != null && !value.isBlank(), field, "måste fyllas i");
  }

  /** Texts this long or shorter are one line (a rubrik, a name, a place); longer ones may have several. */
  public static final int ONE_LINE_MAX = 2_000;

  public Validator maxLength(String value, int max, String field) {
    require(value == null || value.length() <= max, field, "får vara högst " + max + " tecken");
    return safe(value, max <= ONE_LINE_MAX ? SafeText.Slag.RAD : SafeText.Slag.FLERA_RADER, field);
  }

  /** An id or a code: letters, digits and - _ . / only, and never a personnummer. */
  public Validator id(String value, String field) {
    return safe(value, SafeText.Slag.ID, field);
  }

  private Validator safe(String value, SafeText.Slag slag, String field) {
    if (errors.stream().anyMatch(e -> e.field().equals(field))) {
      return this; // one message per field is enough
    }
    String problem = SafeText.problem(value, slag);
    return require(problem == null, field, problem);
  }

  public Validator notNull(Object value, String field) {
    return require(value != null, field, "måste fyllas i");
  }

  public Validator notAfter(LocalDate date, LocalDate limit, String field, String limitName) {
    return require(date == null || limit == null || !date.isAfter(limit), field,
        "får inte vara senare än " + limitName + " (" + limit + ")");
  }

  public Validator notBefore(LocalDate date, LocalDate limit, String field, String limitName) {
    return require(date == null || limit == null || !date.isBefore(limit), field,
        "får inte vara tidigare än " + limitName + " (" + limit + ")");
  }

  public void add(ValidationException e) {
    errors.addAll(e.errors());
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws one exception with every error collected, or returns when there were none. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }
}
