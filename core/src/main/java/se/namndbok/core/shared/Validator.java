package se.namndbok.core.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects field errors so that a form or a command reports all of them at once. */
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

  public Validator maxLength(String value, int max, String field) {
    return require(value == null || value.length() <= max, field, "får vara högst " + max + " tecken");
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
