package se.namndbok.app.shared;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.core.shared.StaleException;
import se.namndbok.core.shared.ValidationException;

/**
 * The saving half of the keyboard-first entry forms of reported entries (delegationsbeslut, meddelanden): a
 * Swedish message per field, one save at a time in the background, an unknown diarienummer registered as a new
 * ärende only when the user confirms; a refused save keeps the values and saves nothing.
 *
 * @param <N> the new entry as the form gives it
 * @param <E> the saved entry
 */
public final class EntrySaving<N, E> {
  /**
   * How the core registers an entry (one call, told whether an unknown diarienummer is registered as a new ärende
   * in the same transaction), changes a saved one (one call, by id) and checks one without saving it.
   */
  public record Registration<N, E>(Function<N, String> diarienummer, BiFunction<N, Boolean, E> register,
      BiFunction<Long, N, E> update, Consumer<N> check) {}

  private final AppServices services;
  private final TaskExecutor executor;
  private final Registration<N, E> registration;
  private final StringProperty generalError = new SimpleStringProperty("");
  private final BooleanProperty saving = new SimpleBooleanProperty();
  private final Map<String, StringProperty> errors = new LinkedHashMap<>();
  private final RestCheck restCheck;
  private final Consumer<StaleException> stale;

  /**
   * {@code fields} are the Swedish field names the core's messages use, each with its message property;
   * {@code stale} is told a change refused because someone else changed the entry since it was read.
   */
  public EntrySaving(AppServices services, TaskExecutor executor, List<String> fields, Registration<N, E> registration,
      Consumer<StaleException> stale) {
    this.services = services;
    this.executor = executor;
    this.registration = registration;
    this.stale = stale;
    this.restCheck = new RestCheck(executor);
    fields.forEach(f -> errors.put(f, new SimpleStringProperty("")));
  }

  /**
   * Saves {@code parsed} (nothing when it is empty) unless a save is under way: a new entry, or, when
   * {@code editing} is the id of a saved one, the changes to it; {@code onSaved} gets the saved entry.
   */
  public void save(Supplier<Optional<N>> parsed, Long editing, UnknownArende.Confirm confirm, Consumer<E> onSaved) {
    save(parsed, editing, confirm, onSaved, () -> { });
  }

  /** {@link #save(Supplier, Long, UnknownArende.Confirm, Consumer)}; {@code onRefused} when nothing was saved. */
  public void save(Supplier<Optional<N>> parsed, Long editing, UnknownArende.Confirm confirm, Consumer<E> onSaved,
      Runnable onRefused) {
    if (saving.get()) {
      onRefused.run();
      return;
    }
    Optional<N> ny = parsed.get();
    if (ny.isEmpty()) {
      onRefused.run();
      return;
    }
    if (editing != null) {
      run(() -> registration.update().apply(editing, ny.get()), onSaved, onRefused);
      return;
    }
    BackgroundTask.wrap(() -> UnknownArende.check(services.arenden(), registration.diarienummer().apply(ny.get())))
        .onRunning(() -> saving.set(true))
        .onSuccess(unknown -> {
          // asked here, on the JavaFX thread: the question is a dialog, never shown from the worker
          boolean registerNow = unknown.isPresent() && confirm.registerNow(unknown.get());
          run(() -> registration.register().apply(ny.get(), registerNow), onSaved, onRefused);
        })
        .onFailure(t -> {
          refused(t);
          onRefused.run();
        })
        .onFinished(() -> saving.set(false))
        .executeWith(executor);
  }

  private void run(java.util.concurrent.Callable<E> call, Consumer<E> onSaved, Runnable onRefused) {
    BackgroundTask.wrap(call)
        .onRunning(() -> saving.set(true))
        .onSuccess(onSaved::accept)
        .onFailure(t -> {
          refused(t);
          onRefused.run();
        })
        .onFinished(() -> saving.set(false))
        .executeWith(executor);
  }

  /**
   * Clears the messages and reads the form, whose date it reads first ({@code date}, refused with its message at
   * its field); empty with the messages at their fields when a value is refused. A date the form cannot
   * read is shown at once, and the rest of the form is checked by the core in the background (saving nothing),
   * so that a personnummer in the rubrik is told beside a mistyped date and not one save later.
   */
  public Optional<N> clearAndRead(Supplier<LocalDate> date, Function<LocalDate, N> form) {
    clearErrors();
    LocalDate d;
    try {
      d = date.get();
    } catch (ValidationException dateRefused) {
      N withoutDate;
      try {
        withoutDate = form.apply(null);
      } catch (ValidationException e) {
        FieldError.distribute(RestCheck.withTheRest(dateRefused, e), errors, generalError);
        return Optional.empty();
      }
      restCheck.tell(dateRefused, () -> registration.check().accept(withoutDate),
          e -> FieldError.distribute(e, errors, generalError));
      return Optional.empty();
    }
    try {
      return Optional.of(form.apply(d));
    } catch (ValidationException e) {
      FieldError.distribute(e, errors, generalError);
      return Optional.empty();
    }
  }

  private void refused(Throwable t) {
    if (t instanceof StaleException e) {
      stale.accept(e);
    } else if (t instanceof ValidationException e) {
      FieldError.distribute(e, errors, generalError);
    } else {
      ErrorDialog.showUnexpected(t);
    }
  }

  public void clearErrors() {
    restCheck.newAttempt();
    FieldError.clear(errors, generalError);
  }

  /** The message property of a field, keyed by the Swedish field name the core uses ("Beslutsdatum"). */
  public StringProperty errorProperty(String field) {
    return errors.get(field);
  }

  public StringProperty generalErrorProperty() {
    return generalError;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }
}
