package se.namndbok.app.shared;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.collections.ObservableList;

/** A change followed by a fresh read of the list it changed, off the JavaFX thread; a refusal goes to the fields. */
public final class ListChanges {
  private ListChanges() {}

  public static <T> void run(TaskExecutor executor, FieldErrors errors, Callable<?> change, Callable<List<T>> read,
      ObservableList<T> into, Runnable after) {
    run(executor, errors, change, read, into, after, done -> { });
  }

  /** {@link #run}; {@code done} gets whether the change was made (a refusal keeps what was typed). */
  public static <T> void run(TaskExecutor executor, FieldErrors errors, Callable<?> change, Callable<List<T>> read,
      ObservableList<T> into, Runnable after, java.util.function.Consumer<Boolean> done) {
    errors.clear();
    BackgroundTask.wrap(() -> {
      change.call();
      return read.call();
    }).onSuccess(all -> {
      into.setAll(all);
      after.run();
      done.accept(true);
    }).onFailure(errors.refused(done)).executeWith(executor);
  }
}
