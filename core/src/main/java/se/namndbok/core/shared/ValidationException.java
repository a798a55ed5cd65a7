package se.namndbok.core.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A value the user gave was refused. Carries every problem found, each naming its field in Swedish, so
 * the window can mark the fields and the CLI can print one clear message. Nothing has been stored.
 */
public class ValidationException extends RuntimeException {
  private final List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::toString).collect(Collectors.joining("\n")));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one error");
    }
    this.errors = List.copyOf(errors);
  }

  public static ValidationException of(String field, String message) {
    return new ValidationException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One refused value: {@code field} is the Swedish label the user sees ("Diarienummer"). */
  public record FieldError(String field, String message) {
    @Override
    public String toString() {
      return field + ": " + message;
    }
  }
}
