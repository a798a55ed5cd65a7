package se.namndbok.app.shared;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import se.namndbok.core.shared.ValidationException;

/**
 * Tells every refused field of a form at once when the form could not read some values itself (a mistyped date):
 * those are shown at once, the rest of the form is checked by the core in the background (saving nothing), and its
 * refusals are shown beside them — a personnummer in the rubrik is told with the date, not one save later. The
 * core's message for a value the form could not pass it ("saknas") gives way to the form's own. An answer that
 * comes after a newer save attempt is dropped.
 */
public final class RestCheck {
  private final TaskExecutor executor;
  private long attempts;

  public RestCheck(TaskExecutor executor) {
    this.executor = executor;
  }

  /** A new save attempt (or the messages cleared): a check still under way is no longer shown. */
  public void newAttempt() {
    attempts++;
  }

  /** Shows {@code refused} now, and with what {@code check} (the core's, off the JavaFX thread) refuses later. */
  public void tell(ValidationException refused, Runnable check, Consumer<ValidationException> show) {
    show.accept(refused);
    long attempt = attempts;
    BackgroundTask.wrap(() -> {
      check.run();
      return null;
    }).onFailure(t -> {
      if (attempt == attempts && t instanceof ValidationException rest) {
        show.accept(withTheRest(refused, rest));
      }
    }).executeWith(executor);
  }

  /** {@code refused} first, then what {@code rest} says of the other fields. */
  static ValidationException withTheRest(ValidationException refused, ValidationException rest) {
    Set<String> told = new HashSet<>();
    refused.errors().forEach(e -> told.add(e.field()));
    List<ValidationException.FieldError> all = new java.util.ArrayList<>(refused.errors());
    rest.errors().stream().filter(e -> !told.contains(e.field())).forEach(all::add);
    return new ValidationException(all);
  }
}
